// The headings of a model law's structure (part, chapter, article). Each keeps a stable id so cross-references
// survive moves; its number is never stored, it is derived from document order (see numbering.ts).
import {
  $applyNodeReplacement,
  $createParagraphNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  ElementNode,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type RangeSelection,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import { newProvisionId } from './provisionId';

export const PROVISION_LEVELS = ['part', 'chapter', 'article'] as const;
export type ProvisionLevel = (typeof PROVISION_LEVELS)[number];

export type SerializedProvisionHeadingNode = Spread<
  { level: ProvisionLevel; provisionId: string },
  SerializedElementNode
>;

const TAG_BY_LEVEL: Record<ProvisionLevel, 'h2' | 'h3' | 'h4'> = { part: 'h2', chapter: 'h3', article: 'h4' };

export function isProvisionLevel(value: unknown): value is ProvisionLevel {
  return typeof value === 'string' && (PROVISION_LEVELS as readonly string[]).includes(value);
}

export class ProvisionHeadingNode extends ElementNode {
  // Both fields sync through @lexical/yjs as node properties; defaults keep `new ProvisionHeadingNode()` valid,
  // which the collaboration binding relies on to learn each node type's properties.
  __level: ProvisionLevel;
  __provisionId: string;

  static override getType(): string {
    return 'provision-heading';
  }

  static override clone(node: ProvisionHeadingNode): ProvisionHeadingNode {
    return new ProvisionHeadingNode(node.__level, node.__provisionId, node.__key);
  }

  constructor(level: ProvisionLevel = 'article', provisionId = '', key?: NodeKey) {
    super(key);
    this.__level = level;
    this.__provisionId = provisionId;
  }

  getLevel(): ProvisionLevel {
    return this.getLatest().__level;
  }

  getProvisionId(): string {
    return this.getLatest().__provisionId;
  }

  setProvisionId(provisionId: string): this {
    const writable = this.getWritable();
    writable.__provisionId = provisionId;
    return writable;
  }

  override createDOM(): HTMLElement {
    const element = document.createElement(TAG_BY_LEVEL[this.__level]);
    element.className = `provision provision-${this.__level}`;
    element.dataset.provisionId = this.__provisionId;
    element.dataset.provisionLevel = this.__level;
    return element;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    if (prevNode.__level !== this.__level) return true;
    if (prevNode.__provisionId !== this.__provisionId) dom.dataset.provisionId = this.__provisionId;
    return false;
  }

  // Only elements marked as provisions (by our own HTML export, or by the DOCX import's style map) are claimed;
  // returning null for the rest leaves ordinary headings and paragraphs to their own nodes.
  static override importDOM(): DOMConversionMap | null {
    const byTag = (element: HTMLElement) => {
      const level = element.dataset.provisionLevel;
      if (!isProvisionLevel(level)) return null;
      return {
        conversion: (): DOMConversionOutput => ({
          node: $createProvisionHeadingNode(level, element.dataset.provisionId || undefined),
        }),
        priority: 2 as const,
      };
    };
    return { h2: byTag, h3: byTag, h4: byTag, h5: byTag, h6: byTag, h1: byTag, p: byTag };
  }

  override exportDOM(): DOMExportOutput {
    const element = this.createDOM();
    return { element };
  }

  static override importJSON(serialized: SerializedProvisionHeadingNode): ProvisionHeadingNode {
    return $createProvisionHeadingNode(serialized.level, serialized.provisionId).updateFromJSON(serialized);
  }

  override updateFromJSON(serialized: LexicalUpdateJSON<SerializedProvisionHeadingNode>): this {
    return super.updateFromJSON(serialized);
  }

  override exportJSON(): SerializedProvisionHeadingNode {
    return { ...super.exportJSON(), level: this.getLevel(), provisionId: this.getProvisionId() };
  }

  // Enter at the end of a heading continues with an ordinary paragraph, as with any heading.
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): LexicalNode {
    const paragraph = $createParagraphNode();
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  override collapseAtStart(): boolean {
    const paragraph = $createParagraphNode();
    for (const child of this.getChildren()) paragraph.append(child);
    this.replace(paragraph);
    return true;
  }
}

export function $createProvisionHeadingNode(
  level: ProvisionLevel,
  provisionId?: string,
): ProvisionHeadingNode {
  return $applyNodeReplacement(new ProvisionHeadingNode(level, provisionId ?? newProvisionId()));
}

export function $isProvisionHeadingNode(node: LexicalNode | null | undefined): node is ProvisionHeadingNode {
  return node instanceof ProvisionHeadingNode;
}
