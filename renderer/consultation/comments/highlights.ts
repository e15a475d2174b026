// Commented ranges drawn over the draft without touching it: each thread's resolved Lexical range becomes a DOM
// Range, painted through the CSS Custom Highlight API (`CSS.highlights` with `::highlight()` rules in
// comments.css, which need no inline styles under the app's Content-Security-Policy). A click in the text
// finds the thread under the pointer, since highlights themselves take no events.
import {
  $getDOMTextNode,
  $isTextNode,
  type LexicalEditor,
  type PointType,
  type RangeSelection,
} from 'lexical';

export const HIGHLIGHT_ALL = 'commons-comment';
export const HIGHLIGHT_ACTIVE = 'commons-comment-active';

export const supportsHighlights = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** Where a Lexical point is in the editor's DOM, or null when that node is not on screen. */
function $domPointOf(editor: LexicalEditor, point: PointType): [Node, number] | null {
  const dom = editor.getElementByKey(point.key);
  if (!dom) return null;
  const node = point.getNode();
  if (point.type === 'text' && $isTextNode(node)) {
    const text = $getDOMTextNode(node, dom, editor);
    return text ? [text, Math.min(point.offset, text.length)] : null;
  }
  return [dom, Math.min(point.offset, dom.childNodes.length)];
}

/** The DOM Range of a resolved thread range (call inside editor.read), or null when it is not rendered. */
export function $domRangeOf(editor: LexicalEditor, selection: RangeSelection): Range | null {
  const [first, last] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus];
  const start = $domPointOf(editor, first);
  const end = $domPointOf(editor, last);
  if (!start || !end) return null;
  const range = document.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  return range.collapsed ? null : range;
}

/** Paints the given ranges (all open threads, and the one open in the panel) in place of the previous ones. */
export function paintHighlights(all: Range[], active: Range | null): void {
  if (!supportsHighlights()) return;
  CSS.highlights.set(HIGHLIGHT_ALL, new Highlight(...all));
  if (active) CSS.highlights.set(HIGHLIGHT_ACTIVE, new Highlight(active));
  else CSS.highlights.delete(HIGHLIGHT_ACTIVE);
}

export function clearHighlights(): void {
  if (!supportsHighlights()) return;
  CSS.highlights.delete(HIGHLIGHT_ALL);
  CSS.highlights.delete(HIGHLIGHT_ACTIVE);
}

/** The caret position under a pointer, in whichever form the browser offers it. */
function caretAt(x: number, y: number): [Node, number] | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? [position.offsetNode, position.offset] : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? [range.startContainer, range.startOffset] : null;
}

/** The id of the innermost range under the pointer, or null. */
export function rangeAtPoint(ranges: ReadonlyMap<string, Range>, x: number, y: number): string | null {
  const caret = caretAt(x, y);
  if (!caret) return null;
  let best: { id: string; length: number } | null = null;
  for (const [id, range] of ranges) {
    let inside = false;
    try {
      // The end is exclusive: a click just past the last commented letter is not on the comment.
      inside = range.isPointInRange(...caret) && range.comparePoint(...caret) === 0 && !isAtEnd(range, caret);
    } catch {
      inside = false; // The point is in another document or detached: not on this range.
    }
    const length = range.toString().length;
    if (inside && (!best || length < best.length)) best = { id, length };
  }
  return best?.id ?? null;
}

const isAtEnd = (range: Range, [node, offset]: [Node, number]): boolean =>
  range.endContainer === node && range.endOffset === offset;
