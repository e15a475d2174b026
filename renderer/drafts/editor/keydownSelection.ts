// A key Lexical handles on keydown acts where the person sees the caret or selection. Lexical takes the selection
// from the browser's `selectionchange` event, and on a keydown it uses the last one it saw (only `beforeinput`
// reads the page). Chromium handles input before that event's task, so a key pressed right after arrows or
// Shift+arrows (a fast typist on a busy machine, a macro, a screen reader's commands) acted where the caret was a
// few characters earlier: Ctrl+B made "Victi" bold instead of "Victims", and an Enter after "refer " split the
// paragraph after "re". Before such a key is handled, the selection is read from the page when it is elsewhere.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  getDOMSelection,
  isSelectionWithinEditor,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
  type PointType,
} from 'lexical';
import { useEffect } from 'react';

/**
 * Keys that Lexical may handle on keydown at its own selection, with any modifier: Enter, Backspace and Delete edit
 * there (Shift+Enter breaks the line, Ctrl or Alt+Backspace deletes a word, ⌘+Backspace the line), and an arrow,
 * Home or End may move the caret from there itself (across a paragraph's edge or an inline element) instead of
 * leaving it to the browser: ArrowLeft pressed after an Enter and End put the caret back at the end of the
 * paragraph above.
 */
const CARET_KEYS = new Set([
  'Enter',
  'Backspace',
  'Delete',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
]);
const FORMAT_KEYS = new Set(['b', 'i', 'u']);

function actsOnKeydown(event: KeyboardEvent): boolean {
  if (CARET_KEYS.has(event.key)) return true;
  // Ctrl+Alt is AltGr on Windows, which types letters.
  return (event.ctrlKey || event.metaKey) && !event.altKey && FORMAT_KEYS.has(event.key.toLowerCase());
}

/** The end of a text node and the start of the next one are one place on the screen. */
function $samePlace(a: PointType, b: PointType): boolean {
  if (a.is(b)) return true;
  const atEndThenStart = (end: PointType, start: PointType) => {
    if (end.type !== 'text' || start.type !== 'text' || start.offset !== 0) return false;
    const node = end.getNode();
    return end.offset === node.getTextContentSize() && node.getNextSibling()?.getKey() === start.key;
  };
  return atEndThenStart(a, b) || atEndThenStart(b, a);
}

/** Registers the check on `editor`; returns the function that removes it. */
export function registerKeydownSelection(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      if (!actsOnKeydown(event)) return false;
      const domSelection = getDOMSelection(editor.getRootElement()?.ownerDocument.defaultView ?? null);
      if (!domSelection || !isSelectionWithinEditor(editor, domSelection.anchorNode, domSelection.focusNode))
        return false;
      const current = $getSelection();
      // A selected block (a node selection) is the editor's own, and the page shows no text selection for it.
      if (current !== null && !$isRangeSelection(current)) return false;
      const seen = $createRangeSelectionFromDom(domSelection, editor);
      if (!seen) return false;
      if (
        $isRangeSelection(current) &&
        $samePlace(seen.anchor, current.anchor) &&
        $samePlace(seen.focus, current.focus)
      ) {
        // Left as it is: a caret's pending format (bold on for the next letters typed) is Lexical's own state.
        return false;
      }
      // The format a caret types with, as Lexical sets it for a selection change it reads from the page (its own
      // function for that is not exported): kept on the same node, else the node's.
      const anchor = seen.anchor.getNode();
      if ($isRangeSelection(current) && current.anchor.key === seen.anchor.key) {
        seen.format = current.format;
        seen.style = current.style;
      } else if ($isTextNode(anchor)) {
        seen.format = anchor.getFormat();
        seen.style = anchor.getStyle();
      } else if ($isElementNode(anchor)) {
        seen.format = anchor.getTextFormat();
        seen.style = anchor.getTextStyle();
      }
      $setSelection(seen);
      // Not handled: the key itself is still Lexical's.
      return false;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}

/** The check, for as long as the draft's editor is mounted. */
export function KeydownSelectionPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerKeydownSelection(editor), [editor]);
  return null;
}
