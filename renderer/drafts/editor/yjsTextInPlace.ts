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
// Here the split is written first, in place (yjsTextSplits.ts), so the characters stay the same Yjs items and
// concurrent splits of one run simply cut it in more places. The rest of the library's sync then runs against a
// view of the previous state that matches what Yjs now holds: it deletes only the characters that really left the
// run (moved into a new suggestion or link element, or removed) and inserts new elements at their place. A
// receiving binding already reads a map arriving inside a text node as a split.
//
// Merges (equal neighbours joined, as after a suggestion is settled) stay the library's "type the text again into
// the first node": writing them in place means deleting only the merged node's map, and a concurrent insertion
// of an element just before that map then leaves characters with no text node, which @lexical/yjs "repairs" by
// deleting text at the wrong index (whole paragraphs were lost in a randomised test).
//
// Anything the walk cannot explain is left to the library, which is correct for one writer. The method patched is
// internal to @lexical/yjs: if a later version renames it or changes its parameters, the patch steps aside.
import {
  $getNodeByKey,
  $isElementNode,
  $isTextNode,
  type LexicalNode,
  type NodeKey,
  type NodeMap,
} from 'lexical';
import {
  type CollabBinding,
  type CollabElement,
  type CollabText,
  collabElementPrototype,
  isCollabText,
} from './collabElementPrototype';
import { $writeSplit } from './yjsTextSplits';

type SyncChildren = (
  this: CollabElement,
  binding: CollabBinding,
  nextNode: LexicalNode,
  prevNodeMap: NodeMap | null,
  dirtyElements: unknown,
  dirtyLeaves: unknown,
) => void;

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

/** A copy of a node object with its text and next sibling replaced (never put in any editor state). */
function withFields<T extends LexicalNode>(node: T, fields: { __text: string; __next: NodeKey | null }): T {
  return Object.assign(Object.create(Object.getPrototypeOf(node)) as T, node, fields);
}

function hasChangedTextChild(parent: NodeKey, dirtyLeaves: Set<NodeKey>, prevNodeMap: NodeMap): boolean {
  for (const key of dirtyLeaves) {
    const node = $getNodeByKey(key);
    const before = prevNodeMap.get(key);
    if ($isTextNode(node) && node.__parent === parent && $isTextNode(before) && before.__text !== node.__text)
      return true;
  }
  return false;
}

/**
 * Writes the splits of this element's text nodes into Yjs in place and returns the previous state as it now
 * stands in Yjs (null if there were none).
 */
function $writeTextInPlace(
  collab: CollabElement,
  binding: CollabBinding,
  nextNode: LexicalNode,
  prevNodeMap: NodeMap,
  dirtyLeaves: unknown,
): NodeMap | null {
  if (!$isElementNode(nextNode)) return null;
  // A split changes the text of a child that was there before; on a keystroke the dirty leaves say at
  // once whether this element has one (the root of a long draft, synced on every keystroke, never does).
  if (dirtyLeaves instanceof Set && !hasChangedTextChild(nextNode.__key, dirtyLeaves, prevNodeMap))
    return null;
  const prevNode = prevNodeMap.get(collab._key);
  if (!$isElementNode(prevNode)) return null;
  const prevKeys = new Set<NodeKey>();
  for (let key = prevNode.__first; key !== null; key = prevNodeMap.get(key)?.__next ?? null)
    prevKeys.add(key);
  const children = collab._children;
  if (children.length !== prevKeys.size || children.some((child) => !prevKeys.has(child._key))) return null;

  const seen = new Map<NodeKey, LexicalNode>();
  for (let node = nextNode.getFirstChild(); node !== null; node = node.getNextSibling()) {
    if (!$isTextNode(node) || !prevKeys.has(node.__key)) continue;
    const before = prevNodeMap.get(node.__key);
    const collabText = children.find((child) => child._key === node.__key);
    if (!$isTextNode(before) || !collabText || !isCollabText(collabText) || before.__text === node.__text)
      continue;
    const nextKey = (child: CollabText) => children[children.indexOf(child) + 1]?._key ?? null;
    const inPrevious = (candidate: LexicalNode) => prevKeys.has(candidate.__key);
    const pieces = $writeSplit(collab, binding, collabText, node, before, prevNodeMap, inPrevious);
    if (pieces.length === 0) continue;
    seen.set(node.__key, withFields(before, { __text: collabText._text, __next: nextKey(collabText) }));
    for (const piece of pieces) {
      const pieceCollab = binding.collabNodeMap.get(piece.__key) as CollabText;
      seen.set(piece.__key, withFields(piece, { __text: pieceCollab._text, __next: nextKey(pieceCollab) }));
    }
  }
  return seen.size > 0 ? new PreviousStateView(prevNodeMap, seen) : null;
}

/** Installs the in-place split writing once for the whole page (shared by every draft editor). */
export function writeTextSplitsInPlace(): void {
  const prototype = collabElementPrototype() as {
    syncChildrenFromLexical?: SyncChildren & { inPlace?: true };
  };
  const original = prototype.syncChildrenFromLexical;
  if (typeof original !== 'function' || original.inPlace || original.length !== 5) return;
  const inPlace: SyncChildren & { inPlace?: true } = function (
    binding,
    nextNode,
    prevNodeMap,
    dirtyElements,
    dirtyLeaves,
  ) {
    const previous =
      prevNodeMap === null
        ? null
        : ($writeTextInPlace(this, binding, nextNode, prevNodeMap, dirtyLeaves) ?? prevNodeMap);
    original.call(this, binding, nextNode, previous, dirtyElements, dirtyLeaves);
  };
  inPlace.inPlace = true;
  prototype.syncChildrenFromLexical = inPlace;
}
