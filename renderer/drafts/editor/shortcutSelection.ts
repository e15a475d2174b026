// A formatting shortcut (Ctrl/⌘ + B, I or U) acts on the selection the person sees. Lexical takes the selection
// from the browser's `selectionchange` event, and on a keydown it uses the last one it saw. Chromium handles input
// before that event's task, so a shortcut pressed right after Shift+arrows (a fast typist, a macro, a screen
// reader's commands) formatted the selection as it was a few characters earlier: "Victi" instead of "Victims".
// Before the shortcut is handled, a selected range is read from the page when the two differ.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  getDOMSelection,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';

const FORMAT_KEYS = new Set(['b', 'i', 'u']);

/** Registers the check on `editor`; returns the function that removes it. */
export function registerShortcutSelection(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      const shortcut = (event.ctrlKey || event.metaKey) && !event.altKey;
      if (!shortcut || !FORMAT_KEYS.has(event.key.toLowerCase())) return false;
      const root = editor.getRootElement();
      const domSelection = getDOMSelection(root?.ownerDocument.defaultView ?? null);
      // A caret is left alone: its pending format (bold on for the next letters typed) is Lexical's own state.
      if (!root || !domSelection?.anchorNode || domSelection.isCollapsed) return false;
      if (!root.contains(domSelection.anchorNode)) return false;
      const seen = $createRangeSelectionFromDom(domSelection, editor);
      const current = $getSelection();
      const same =
        $isRangeSelection(current) && seen?.anchor.is(current.anchor) && seen.focus.is(current.focus);
      if (seen && !same) $setSelection(seen);
      // Not handled: the shortcut itself is still Lexical's.
      return false;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}

/** The check, for as long as the draft's editor is mounted. */
export function ShortcutSelectionPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerShortcutSelection(editor), [editor]);
  return null;
}
