// Text nodes merged into the one before them, written in place (see yjsTextInPlace.ts): Lexical joins equal
// neighbouring text nodes (after a suggestion is accepted or rejected, bold taken off part of a run), which
// @lexical/yjs writes as "type all the merged text again into the first node, delete the others with their
// characters". Here only the merged nodes' property maps are deleted (and the elements between them that are gone
// too), so their characters become the first node's where they stand; then only what really changed is written:
// the text that came in from elsewhere (an accepted insertion's words) is inserted between them.
import type { TextNode } from 'lexical';
import {
  type CollabBinding,
  type CollabElement,
  type CollabText,
  isCollabText,
} from './collabElementPrototype';

/** Where each kept stretch of `pieces` lies in `text`, in order (greedy), or -1 where it is not found. */
function placePieces(text: string, pieces: string[]): number[] {
  let at = 0;
  return pieces.map((piece) => {
    const found = piece.length === 0 ? -1 : text.indexOf(piece, at);
    if (found >= 0) at = found + piece.length;
    return found;
  });
}

/**
 * If `node` (grown from `before`) absorbed the text nodes that followed it and are gone from this element,
 * folds them into `merged` in Yjs and writes the difference; returns whether it did (then `merged` holds the
 * node's text as it is now).
 */
export function writeMerge(
  collab: CollabElement,
  binding: CollabBinding,
  merged: CollabText,
  node: TextNode,
  before: TextNode,
  isGone: (key: string) => boolean,
): boolean {
  const grown = node.__text;
  const old = before.__text;
  if (grown === old || !grown.startsWith(old) || merged._text !== old) return false;
  const children = collab._children;
  const index = children.indexOf(merged);
  // The gone neighbours up to the last gone text node.
  let last = -1;
  for (let at = index + 1; at < children.length && isGone((children[at] as CollabText)._key); at++) {
    if (isCollabText(children[at] as CollabText)) last = at;
  }
  if (last < 0) return false;
  const folded = children.slice(index + 1, last + 1);
  const foldedTexts = folded.filter(isCollabText).map((text) => text._text);
  const places = placePieces(grown.slice(old.length), foldedTexts);
  if (places.every((place) => place < 0)) return false;

  // Fold: each gone element's embed and each gone text node's map leaves; the text nodes' characters stay.
  for (const child of folded) {
    const at = children.indexOf(child);
    if (isCollabText(child)) {
      collab._xmlText.delete(child.getOffset(), 1);
      merged._text += child._text;
      children.splice(at, 1);
      child.destroy(binding);
    } else collab.splice(binding, at, 1);
  }

  // Then what differs: a folded stretch not found in the new text is deleted, the text between the found ones
  // inserted before them.
  const base = merged.getOffset() + 1;
  let written = old.length; // where the next folded stretch starts in the XmlText, from `base`
  let read = old.length; // how far the new text has been written, in `grown`
  foldedTexts.forEach((text, at) => {
    const place = places[at] as number;
    if (place < 0) {
      collab._xmlText.delete(base + written, text.length);
      return;
    }
    const gap = grown.slice(read, old.length + place);
    if (gap.length > 0) collab._xmlText.insert(base + written, gap);
    written += gap.length + text.length;
    read = old.length + place + text.length;
  });
  if (read < grown.length) collab._xmlText.insert(base + written, grown.slice(read));
  merged._text = grown;
  return true;
}
