// A text node split written in place (see yjsTextInPlace.ts): the new text nodes that carry on the old tail get
// their property maps inserted between its characters, which stay where they are.
import { $isElementNode, $isTextNode, type LexicalNode, type NodeMap, type TextNode } from 'lexical';
import type { CollabBinding, CollabElement, CollabText } from './collabElementPrototype';

/** A new text node that takes over the old tail's characters from `start` (an offset into the tail). */
interface KeptPiece {
  node: TextNode;
  start: number;
}

type CollabTextClass = new (
  map: CollabText['_map'],
  text: string,
  parent: CollabElement,
  type: string,
) => CollabText;

// A run of this many new nodes after one split text node is not a keystroke's split; leave it to the library.
const LONGEST_RUN = 64;

/**
 * Which of the new nodes after a shortened text node carry its old tail, in order: a new text node whose text is
 * the tail's next stretch keeps those characters; a new element whose text is the next stretch took them away
 * (they are deleted and written inside it); anything else is new content. Null unless the whole tail is
 * accounted for and at least one text node keeps part of it.
 */
export function $tailPieces(
  tail: string,
  run: LexicalNode[],
  isNew: (node: LexicalNode) => boolean,
): KeptPiece[] | null {
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
 * If `node` (shortened from `before`) was split, inserts the maps of the new text nodes that carry on its tail
 * and puts their collab nodes after `split`. Returns those new nodes (empty if this was no split it can explain).
 */
export function $writeSplit(
  collab: CollabElement,
  binding: CollabBinding,
  split: CollabText,
  node: TextNode,
  before: TextNode,
  prevNodeMap: NodeMap,
  inPrevious: (node: LexicalNode) => boolean,
): TextNode[] {
  const kept = node.__text;
  const old = before.__text;
  if (kept.length >= old.length || !old.startsWith(kept) || split._text !== old) return [];
  const run: LexicalNode[] = [];
  for (
    let after = node.getNextSibling();
    after !== null && !inPrevious(after);
    after = after.getNextSibling()
  ) {
    run.push(after);
  }
  const isNew = (candidate: LexicalNode) => prevNodeMap.get(candidate.__key) === undefined;
  const pieces = $tailPieces(old.slice(kept.length), run, isNew);
  if (!pieces) return [];

  const tailOffset = split.getOffset() + 1 + kept.length;
  const Text = split.constructor as CollabTextClass;
  const YMap = split._map.constructor as new () => CollabText['_map'];
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
    collab._xmlText.insertEmbed(tailOffset + (pieces[at] as KeptPiece).start, (added[at] as CollabText)._map);
  }
  split._text = old.slice(0, kept.length + (pieces[0] as KeptPiece).start);
  const index = collab._children.indexOf(split);
  collab._children.splice(index + 1, 0, ...added);
  pieces.forEach((piece, at) => {
    binding.collabNodeMap.set(piece.node.__key, added[at]);
  });
  return pieces.map((piece) => piece.node);
}
