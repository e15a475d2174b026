// A comment's anchor: the selected range of the draft's body as two Yjs relative positions into the body's
// Lexical-Yjs shared types, made and read the way @lexical/yjs anchors collaboration cursors (SyncCursors'
// createRelativePosition and $getAnchorAndFocusForUserState), so the range follows every edit made anywhere.
// The binding's collab nodes are reached through the shared types (`_collabNode`), which @lexical/yjs sets on
// each one, because CollaborationPlugin does not hand its binding out.
import {
  $createRangeSelection,
  $getNodeByKey,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type BaseSelection,
  type PointType,
  type RangeSelection,
} from 'lexical';
import * as Y from 'yjs';
import { type CommentAnchor, MAX_QUOTE_LENGTH } from '../../../../shared/discussion';

/** The slice of @lexical/yjs's collab nodes this file reads (they are not exported as values). */
interface CollabNode {
  _key: string;
  getSize(): number;
}
interface CollabElement extends CollabNode {
  _children: CollabNode[];
  _xmlText: Y.XmlText;
  getChildOffset(child: CollabNode): number;
}
interface CollabText extends CollabNode {
  _parent: CollabElement;
  _text: string;
  getOffset(): number;
}

const isCollabElement = (node: CollabNode): node is CollabElement =>
  Array.isArray((node as Partial<CollabElement>)._children);
const isCollabText = (node: CollabNode): node is CollabText =>
  typeof (node as Partial<CollabText>)._text === 'string' && '_parent' in node;

/** The name CollaborationPlugin gives the body's root shared type. */
export const BODY_ROOT = 'root';

function collabNodeOf(type: unknown): CollabNode | null {
  const node = (type as { _collabNode?: CollabNode } | null)?._collabNode;
  return node ?? null;
}

function findCollabNode(root: CollabNode, key: string): CollabNode | null {
  if (root._key === key) return root;
  if (!isCollabElement(root)) return null;
  for (const child of root._children) {
    const found = findCollabNode(child, key);
    if (found) return found;
  }
  return null;
}

/** One Lexical point as a relative position in the body (null when the binding does not know its node). */
function $relativePositionOf(doc: Y.Doc, point: PointType, assoc: number): Y.RelativePosition | null {
  const root = collabNodeOf(doc.get(BODY_ROOT, Y.XmlText));
  const node = root && findCollabNode(root, point.key);
  if (!node) return null;
  if (isCollabText(node)) {
    const offset = node.getOffset();
    if (offset === -1) return null;
    // Within its parent's XmlText, a text node is one embedded property map followed by its characters.
    return Y.createRelativePositionFromTypeIndex(node._parent._xmlText, offset + 1 + point.offset, assoc);
  }
  if (!isCollabElement(node)) return null;
  const parent = point.getNode();
  if (!$isElementNode(parent)) return null;
  let index = 0;
  let child = parent.getFirstChild();
  for (let i = 0; child !== null && i < point.offset; i++) {
    index += $isTextNode(child) ? child.getTextContentSize() + 1 : 1;
    child = child.getNextSibling();
  }
  return Y.createRelativePositionFromTypeIndex(node._xmlText, index, assoc);
}

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/**
 * The anchor of a selection (by default the editor's; call inside editor.read/update), or null when nothing is
 * selected.
 * The start sticks to the first selected character and the end to the last, so typing just outside the range
 * stays outside it and typing inside it grows it.
 */
export function $anchorOfSelection(
  doc: Y.Doc,
  selection: BaseSelection | null = $getSelection(),
): CommentAnchor | null {
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const [first, last] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus];
  const start = $relativePositionOf(doc, first, 0);
  const end = $relativePositionOf(doc, last, -1);
  const quote = selection.getTextContent().slice(0, MAX_QUOTE_LENGTH);
  if (!start || !end || quote.trim() === '') return null;
  return {
    start: toBase64(Y.encodeRelativePosition(start)),
    end: toBase64(Y.encodeRelativePosition(end)),
    quote,
  };
}

export interface AnchorPoint {
  key: string;
  offset: number;
  type: 'text' | 'element';
}

/** The Lexical point at `index` of an element's shared type; `atEnd` prefers the end of the text before. */
function pointIn(element: CollabElement, index: number, atEnd: boolean): AnchorPoint {
  let childOffset = 0;
  for (let i = 0; i < element._children.length; i++) {
    const child = element._children[i] as CollabNode;
    const size = child.getSize();
    const inside = atEnd
      ? index > childOffset && index <= childOffset + size
      : index >= childOffset && index < childOffset + size;
    if (inside && isCollabText(child)) {
      return { key: child._key, offset: Math.max(0, index - childOffset - 1), type: 'text' };
    }
    if (inside) return { key: element._key, offset: atEnd ? i + 1 : i, type: 'element' };
    childOffset += size;
  }
  return { key: element._key, offset: element._children.length, type: 'element' };
}

interface ResolvedEnd {
  point: AnchorPoint;
  /** The character it was made on is gone (deleted, or deleted and typed again as when formatting splits text). */
  lost: boolean;
}

function characterGone(doc: Y.Doc, position: Y.RelativePosition): boolean {
  const id = position.item;
  if (!id || Y.getState(doc.store, id.client) <= id.clock) return false;
  try {
    return Y.getItem(doc.store, id).deleted;
  } catch {
    return true;
  }
}

function endOf(doc: Y.Doc, encoded: string, atEnd: boolean): ResolvedEnd | null {
  let relative: Y.RelativePosition;
  let position: Y.AbsolutePosition | null;
  try {
    relative = Y.decodeRelativePosition(fromBase64(encoded));
    position = Y.createAbsolutePositionFromRelativePosition(relative, doc);
  } catch {
    return null; // Not a position this reader understands: treat it as text that is gone.
  }
  // A position whose paragraph was deleted has nowhere to be.
  if (!position || position.type._item?.deleted) return null;
  const element = collabNodeOf(position.type);
  if (!element || !isCollabElement(element)) return null;
  return { point: pointIn(element, position.index, atEnd), lost: characterGone(doc, relative) };
}

/**
 * Where the quote is in the block around `near`, as a range; null when it is not there. Joining text nodes (bold
 * taken off part of a run again) makes @lexical/yjs type the joined text again, which loses the relative positions
 * made on it though the words are all still there (splits keep them: drafts/editor/yjsTextInPlace.ts).
 */
function $quoteIn(near: AnchorPoint, quote: string): RangeSelection | null {
  const block = $getNodeByKey(near.key)?.getTopLevelElement();
  if (!$isElementNode(block) || quote === '') return null;
  const texts = block.getAllTextNodes();
  const content = texts.map((text) => text.getTextContent()).join('');
  // Of several occurrences, the one nearest to where the anchor resolved.
  let nearAt = 0;
  for (const text of texts) {
    if (text.getKey() === near.key) {
      nearAt += near.offset;
      break;
    }
    nearAt += text.getTextContentSize();
  }
  let at = -1;
  for (let found = content.indexOf(quote); found >= 0; found = content.indexOf(quote, found + 1)) {
    if (at < 0 || Math.abs(found - nearAt) < Math.abs(at - nearAt)) at = found;
  }
  if (at < 0) return null;
  const range = $createRangeSelection();
  let offset = 0;
  for (const text of texts) {
    const size = text.getTextContentSize();
    if (at >= offset && at < offset + size) range.anchor.set(text.getKey(), at - offset, 'text');
    const end = at + quote.length;
    if (end > offset && end <= offset + size) range.focus.set(text.getKey(), end - offset, 'text');
    offset += size;
  }
  return range;
}

/** The range a thread is on, as a Lexical selection (call inside editor.read), or null when its text is gone. */
export function $resolveAnchor(doc: Y.Doc, anchor: CommentAnchor): RangeSelection | null {
  const start = endOf(doc, anchor.start, false);
  const end = endOf(doc, anchor.end, true);
  if (!start || !end) return null;
  const range = $rangeBetween(start.point, end.point);
  // An end lost while the quoted words are still there, whole, in its block: the words moved, follow them.
  const moved = start.lost || end.lost ? $quoteIn(start.point, anchor.quote) : null;
  return moved ?? range;
}

function $rangeBetween(start: AnchorPoint, end: AnchorPoint): RangeSelection | null {
  const range = $createRangeSelection();
  for (const [point, target] of [
    [start, range.anchor],
    [end, range.focus],
  ] as const) {
    const node = $getNodeByKey(point.key);
    if (!node) return null; // The binding is ahead of the editor's state: the next update resolves it.
    // The same guard against a binding ahead of the editor: never point past a node's end.
    const size = $isTextNode(node)
      ? node.getTextContentSize()
      : $isElementNode(node)
        ? node.getChildrenSize()
        : 0;
    target.set(point.key, Math.min(point.offset, size), point.type);
  }
  // Everything between the two was deleted, or they crossed: the thread is on deleted text.
  if (range.isBackward() || range.getTextContent() === '') return null;
  return range;
}
