// Makes @lexical/yjs write a text node split as a split: the new nodes' property maps go in between the characters
// that are already there, instead of the characters being deleted and typed again.
//
// In the shared document an element is a Y.XmlText in which each text node is its property map (an embed)
// followed by its characters. Lexical splits a text node by shortening it and giving the rest to new nodes
// (`splitText`: making a suggestion, bold on part of a run, wrapping words in a link). @lexical/yjs (0.52) writes
// that as "delete the tail, insert a map and the tail again". Two people splitting one run before either has seen
// the other then each delete the tail and each insert a copy of it: once merged the tail is there twice, on every
// screen (the relay refuses such a suggestion from a commenter, since rejecting it no longer gives the old text).
//
// Here the split is written first, in place: for each new text node that holds the next stretch of the old tail,
// its map is inserted at that place in the characters, so the characters stay the same Yjs items and concurrent
// splits of one run simply cut it in more places. The rest of the library's sync then runs against a view of the
// previous state that includes those new nodes ("as if they had been there"): it deletes only the characters that
// really left the run (moved into a new suggestion or link element, or removed) and inserts the new elements at
// their place. A receiving binding already reads a map arriving in the middle of a text node as a split.
//
// Any split the walk cannot explain (the tail is not the next new nodes' text) is left to the library, which is
// correct for one writer. The method patched is internal to @lexical/yjs: if a later version renames it or changes
// its parameters, the patch steps aside.
import {
  $isElementNode,
  $isTextNode,
  type LexicalNode,
  type NodeKey,
  type NodeMap,
  type TextNode,
} from 'lexical';
import { collabElementPrototype } from './collabElementPrototype';

interface CollabChild {
  _key: NodeKey;
}

interface YjsMap {
  _collabNode?: unknown;
}

interface CollabText extends CollabChild {
  _map: YjsMap;
  _text: string;
  getOffset(): number;
  syncPropertiesAndTextFromLexical(binding: unknown, node: TextNode, prevNodeMap: NodeMap | null): void;
}

type CollabTextClass = new (map: YjsMap, text: string, parent: CollabElement, type: string) => CollabText;

interface CollabElement {
  _key: NodeKey;
  _children: CollabChild[];
  _xmlText: { insertEmbed(index: number, embed: unknown): void };
}

interface Binding {
  collabNodeMap: Map<NodeKey, unknown>;
}

type SyncChildren = (
  this: CollabElement,
  binding: Binding,
  nextNode: LexicalNode,
  prevNodeMap: NodeMap | null,
  dirtyElements: unknown,
  dirtyLeaves: unknown,
) => void;

/** A new text node that takes over the old tail's characters from `start` (an offset into the tail). */
interface KeptPiece {
  node: TextNode;
  start: number;
}

// A run of this many new nodes after one split text node is not a keystroke's split; leave it to the library.
const LONGEST_RUN = 64;

/** The previous state with a few nodes seen differently; @lexical/yjs reads previous states with `get` only. */
class PreviousStateView extends Map<NodeKey, LexicalNode> {
  constructor(
    private readonly base: NodeMap,
    private readonly seen: Map<NodeKey, LexicalNode>,
  ) {
    super();
  }

  override get(key: NodeKey): LexicalNode | undefined {
    return this.seen.get(key) ?? this.base.get(key);
  }

  override has(key: NodeKey): boolean {
    return this.seen.has(key) || this.base.has(key);
  }
}

/** A copy of a node object with some fields replaced (never put in any editor state). */
function withFields<T extends LexicalNode>(
  node: T,
  fields: Partial<Record<'__text' | '__next', unknown>>,
): T {
  return Object.assign(Object.create(Object.getPrototypeOf(node)) as T, node, fields);
}

/**
 * Which of the new nodes after a shortened text node carry its old tail, in order: a new text node whose text is
 * the tail's next stretch keeps those characters; a new element whose text is the next stretch took them away
 * (they are deleted here and written inside it); anything else is new content. Null unless the whole tail is
 * accounted for and at least one text node keeps part of it.
 */
export function $tailPieces(tail: string, run: LexicalNode[], isNew: (node: LexicalNode) => boolean) {
  if (run.length > LONGEST_RUN) return null;
  const pieces: KeptPiece[] = [];
  const failed = new Set<string>();
  const walk = (index: number, at: number): boolean => {
    if (index === run.length) return at === tail.length;
    const state = `${index}:${at}`;
    if (failed.has(state)) return false;
    const node = run[index] as LexicalNode;
    const text = node.getTextContent();
    const continues = text.length > 0 && tail.startsWith(text, at);
    if (continues && $isTextNode(node) && isNew(node)) {
      pieces.push({ node, start: at });
      if (walk(index + 1, at + text.length)) return true;
      pieces.pop();
    }
    if (continues && $isElementNode(node) && walk(index + 1, at + text.length)) return true;
    if (walk(index + 1, at)) return true;
    failed.add(state);
    return false;
  };
  return walk(0, 0) && pieces.length > 0 ? pieces : null;
}

/**
 * Writes the splits of this element's text nodes into Yjs in place and returns the previous state as it now
 * stands in Yjs (null if nothing was split).
 */
function $writeSplitsInPlace(
  collab: CollabElement,
  binding: Binding,
  nextNode: LexicalNode,
  prevNodeMap: NodeMap,
): NodeMap | null {
  if (!$isElementNode(nextNode)) return null;
  const prevNode = prevNodeMap.get(collab._key);
  if (!$isElementNode(prevNode)) return null;
  const prevKeys = new Set<NodeKey>();
  for (let key = prevNode.__first; key !== null; key = prevNodeMap.get(key)?.__next ?? null)
    prevKeys.add(key);
  const children = collab._children;
  if (children.length !== prevKeys.size || children.some((child) => !prevKeys.has(child._key))) return null;

  const seen = new Map<NodeKey, LexicalNode>();
  for (let node = nextNode.getFirstChild(); node !== null; node = node.getNextSibling()) {
    if (!$isTextNode(node)) continue;
    const before = prevNodeMap.get(node.__key);
    if (!$isTextNode(before) || !prevKeys.has(node.__key)) continue;
    const kept = node.__text;
    const old = before.__text;
    if (kept.length >= old.length || !old.startsWith(kept)) continue;
    const run: LexicalNode[] = [];
    for (
      let after = node.getNextSibling();
      after !== null && !prevKeys.has(after.__key);
      after = after.getNextSibling()
    )
      run.push(after);
    const pieces = $tailPieces(
      old.slice(kept.length),
      run,
      (candidate) => prevNodeMap.get(candidate.__key) === undefined,
    );
    const index = children.findIndex((child) => child._key === node.__key);
    const split = children[index] as CollabText | undefined;
    if (!pieces || !split || split._text !== old) continue;

    const tailOffset = split.getOffset() + 1 + kept.length;
    const Text = split.constructor as CollabTextClass;
    const YMap = split._map.constructor as new () => YjsMap;
    const ends = [...pieces.slice(1).map((piece) => piece.start), old.length - kept.length];
    const added = pieces.map((piece, at) => {
      const map = new YMap();
      const text = old.slice(kept.length + piece.start, kept.length + (ends[at] as number));
      const collabText = new Text(map, text, collab, piece.node.__type);
      map._collabNode = collabText;
      collabText._key = piece.node.__key;
      // Every property of the new node, written to its map before the map enters the document.
      collabText.syncPropertiesAndTextFromLexical(binding, piece.node, null);
      return collabText;
    });
    // Last first, so the earlier offsets still hold.
    for (let at = pieces.length - 1; at >= 0; at--) {
      collab._xmlText.insertEmbed(
        tailOffset + (pieces[at] as KeptPiece).start,
        (added[at] as CollabText)._map,
      );
    }
    split._text = old.slice(0, kept.length + (pieces[0] as KeptPiece).start);
    children.splice(index + 1, 0, ...added);
    seen.set(
      node.__key,
      withFields(before, { __text: split._text, __next: (pieces[0] as KeptPiece).node.__key }),
    );
    pieces.forEach((piece, at) => {
      binding.collabNodeMap.set(piece.node.__key, added[at]);
      const next = pieces[at + 1]?.node.__key ?? before.__next;
      seen.set(
        piece.node.__key,
        withFields(piece.node, { __text: (added[at] as CollabText)._text, __next: next }),
      );
    });
    for (const piece of pieces) prevKeys.add(piece.node.__key);
  }
  return seen.size > 0 ? new PreviousStateView(prevNodeMap, seen) : null;
}

/** Installs the in-place split writing once for the whole page (shared by every draft editor). */
export function writeTextSplitsInPlace(): void {
  const prototype = collabElementPrototype() as {
    syncChildrenFromLexical?: SyncChildren & { splitsInPlace?: true };
  };
  const original = prototype.syncChildrenFromLexical;
  if (typeof original !== 'function' || original.splitsInPlace || original.length !== 5) return;
  const splitting: SyncChildren & { splitsInPlace?: true } = function (
    binding,
    nextNode,
    prevNodeMap,
    dirtyElements,
    dirtyLeaves,
  ) {
    const previous =
      prevNodeMap === null
        ? null
        : ($writeSplitsInPlace(this, binding, nextNode, prevNodeMap) ?? prevNodeMap);
    original.call(this, binding, nextNode, previous, dirtyElements, dirtyLeaves);
  };
  splitting.splitsInPlace = true;
  prototype.syncChildrenFromLexical = splitting;
}
