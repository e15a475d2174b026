// A suggestion in the body: an inline element wrapping proposed text (insert), text proposed for removal
// (delete), or an empty marker at the start of a paragraph: split off by Enter (split), or proposed to join the
// paragraph before it (join). It carries only an id and a type; author and time come from the relay's record (shared/suggestions.ts).
import {
  $applyNodeReplacement,
  type DOMExportOutput,
  ElementNode,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import {
  isBreakMarkerType,
  isSuggestionType,
  SUGGESTION_NODE_TYPE,
  type SuggestionType,
} from '../../../shared/suggestions';

export type SerializedSuggestionNode = Spread<
  { suggestionId: string; suggestionType: SuggestionType },
  SerializedElementNode
>;

const TAG_BY_TYPE: Record<SuggestionType, string> = {
  insert: 'ins',
  delete: 'del',
  split: 'span',
  join: 'span',
};

export class SuggestionNode extends ElementNode {
  // Both sync through @lexical/yjs as node properties; defaults keep `new SuggestionNode()` valid, which the
  // collaboration binding relies on to learn the node's properties.
  __suggestionId: string;
  __suggestionType: SuggestionType;

  static override getType(): string {
    return SUGGESTION_NODE_TYPE;
  }

  static override clone(node: SuggestionNode): SuggestionNode {
    return new SuggestionNode(node.__suggestionId, node.__suggestionType, node.__key);
  }

  constructor(suggestionId = '', suggestionType: SuggestionType = 'insert', key?: NodeKey) {
    super(key);
    this.__suggestionId = suggestionId;
    this.__suggestionType = suggestionType;
  }

  getSuggestionId(): string {
    return this.getLatest().__suggestionId;
  }

  getSuggestionType(): SuggestionType {
    // A peer's junk must not break the editor: an unknown type reads as an insertion nobody can trust.
    const type = this.getLatest().__suggestionType;
    return isSuggestionType(type) ? type : 'insert';
  }

  override isInline(): true {
    return true;
  }

  /** A split or join marker: empty by nature, it stands for a paragraph break rather than for text. */
  isBreakMarker(): boolean {
    return isBreakMarkerType(this.getSuggestionType());
  }

  // An insertion or deletion with nothing left in it is gone; a marker is empty by nature.
  override canBeEmpty(): boolean {
    return this.isBreakMarker();
  }

  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }

  override excludeFromCopy(): boolean {
    return this.isBreakMarker();
  }

  override createDOM(): HTMLElement {
    const type = isSuggestionType(this.__suggestionType) ? this.__suggestionType : 'insert';
    const element = document.createElement(TAG_BY_TYPE[type]);
    element.className = `suggestion suggestion-${type}`;
    element.dataset.suggestionId = this.__suggestionId;
    element.dataset.suggestionType = type;
    if (isBreakMarkerType(type)) element.contentEditable = 'false';
    return element;
  }

  override updateDOM(prevNode: this): boolean {
    return (
      prevNode.__suggestionId !== this.__suggestionId || prevNode.__suggestionType !== this.__suggestionType
    );
  }

  // Exported files carry the text as it stands with every suggestion still open: insertions underlined, deletions
  // struck, the way a word processor prints tracked changes.
  override exportDOM(): DOMExportOutput {
    return { element: this.createDOM() };
  }

  static override importJSON(serialized: SerializedSuggestionNode): SuggestionNode {
    return $createSuggestionNode(serialized.suggestionId, serialized.suggestionType).updateFromJSON(
      serialized,
    );
  }

  override updateFromJSON(serialized: LexicalUpdateJSON<SerializedSuggestionNode>): this {
    return super.updateFromJSON(serialized);
  }

  override exportJSON(): SerializedSuggestionNode {
    return {
      ...super.exportJSON(),
      suggestionId: this.getSuggestionId(),
      suggestionType: this.getSuggestionType(),
    };
  }
}

export function $createSuggestionNode(id: string, type: SuggestionType): SuggestionNode {
  return $applyNodeReplacement(new SuggestionNode(id, type));
}

export function $isSuggestionNode(node: LexicalNode | null | undefined): node is SuggestionNode {
  return node instanceof SuggestionNode;
}
