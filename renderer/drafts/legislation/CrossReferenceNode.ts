// An inline reference to an article ("see Article 12"): it stores the article's stable id, never its number,
// and shows the number the article has now, so it keeps pointing at the same article after moves.
import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { $provisionNumbers, englishProvisionLabel, type ProvisionLabeler } from './numbering';

export type SerializedCrossReferenceNode = Spread<{ targetId: string }, SerializedLexicalNode>;

/** Shown when the referenced article was deleted, so the author sees the broken reference instead of losing it. */
export const MISSING_TARGET_LABEL = '?';

export class CrossReferenceNode extends DecoratorNode<null> {
  __targetId: string;

  static override getType(): string {
    return 'cross-reference';
  }

  static override clone(node: CrossReferenceNode): CrossReferenceNode {
    return new CrossReferenceNode(node.__targetId, node.__key);
  }

  constructor(targetId = '', key?: NodeKey) {
    super(key);
    this.__targetId = targetId;
  }

  getTargetId(): string {
    return this.getLatest().__targetId;
  }

  /** The label this reference shows now, derived from the target's current position. */
  getLabel(labeler: ProvisionLabeler = englishProvisionLabel): string {
    const target = $provisionNumbers().get(this.getTargetId());
    return target === undefined ? MISSING_TARGET_LABEL : labeler(target.level, target.number);
  }

  override isInline(): boolean {
    return true;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  // The visible label is written by the numbering plugin, which sees the whole document; the node itself only
  // renders an empty, non-editable span that it fills.
  override createDOM(): HTMLElement {
    const element = document.createElement('span');
    element.className = 'cross-reference';
    element.contentEditable = 'false';
    element.dataset.provisionTarget = this.__targetId;
    return element;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    if (prevNode.__targetId !== this.__targetId) dom.dataset.provisionTarget = this.__targetId;
    return false;
  }

  override decorate(): null {
    return null;
  }

  override getTextContent(): string {
    return this.getLabel();
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('a');
    element.className = 'cross-reference';
    element.dataset.provisionTarget = this.getTargetId();
    element.setAttribute('href', `#${this.getTargetId()}`);
    element.textContent = this.getLabel();
    return { element };
  }

  static override importDOM(): DOMConversionMap | null {
    const claim = (element: HTMLElement) => {
      const targetId = element.dataset.provisionTarget;
      if (!targetId) return null;
      return {
        conversion: (): DOMConversionOutput => ({ node: $createCrossReferenceNode(targetId) }),
        priority: 3 as const,
      };
    };
    return { span: claim, a: claim };
  }

  static override importJSON(serialized: SerializedCrossReferenceNode): CrossReferenceNode {
    return $createCrossReferenceNode(serialized.targetId).updateFromJSON(serialized);
  }

  override exportJSON(): SerializedCrossReferenceNode {
    return { ...super.exportJSON(), targetId: this.getTargetId() };
  }
}

export function $createCrossReferenceNode(targetId: string): CrossReferenceNode {
  return $applyNodeReplacement(new CrossReferenceNode(targetId));
}

export function $isCrossReferenceNode(node: LexicalNode | null | undefined): node is CrossReferenceNode {
  return node instanceof CrossReferenceNode;
}
