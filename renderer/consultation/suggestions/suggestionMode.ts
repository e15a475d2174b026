// Suggesting mode in the live editor: every way the body can change from the keyboard or clipboard is taken
// over (at critical priority, before the rich-text and list plugins) and turned into a suggestion; changes that
// cannot be suggested here (formatting, block types, tables, drag and drop) are simply not made.
import { copyToClipboard } from '@lexical/clipboard';
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import {
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  DROP_COMMAND,
  FORMAT_ELEMENT_COMMAND,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  INSERT_TAB_COMMAND,
  type LexicalCommand,
  type LexicalEditor,
  OUTDENT_CONTENT_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
} from 'lexical';
import { MOVE_PROVISION_COMMAND } from '../../drafts/editor/MoveProvisionPlugin';
import {
  $suggestDelete,
  $suggestInsertLines,
  $suggestInsertText,
  $suggestRemoveSelection,
  $suggestSplit,
  type SuggestingAuthor,
} from './suggestionEdits';

const BLOCKED: LexicalCommand<never>[] = [
  FORMAT_TEXT_COMMAND,
  FORMAT_ELEMENT_COMMAND,
  INDENT_CONTENT_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  INSERT_TAB_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  DROP_COMMAND,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_CHECK_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
  INSERT_TABLE_COMMAND,
  TOGGLE_LINK_COMMAND,
  MOVE_PROVISION_COMMAND,
] as unknown as LexicalCommand<never>[];

/** The text an insertion command carries: a string, or the input event's data or dropped text. */
function insertedText(payload: InputEvent | string): string {
  if (typeof payload === 'string') return payload;
  return payload.dataTransfer?.getData('text/plain') ?? payload.data ?? '';
}

function pastedText(event: ClipboardEvent | InputEvent | KeyboardEvent): string {
  if ('clipboardData' in event && event.clipboardData) return event.clipboardData.getData('text/plain');
  if ('dataTransfer' in event && event.dataTransfer) return event.dataTransfer.getData('text/plain');
  return '';
}

/**
 * Typing goes through Lexical's fast path (the browser edits the DOM and Lexical reads it back) without any
 * command, so plain typing is taken over at `beforeinput`, before Lexical's own listener sees it.
 */
function interceptTyping(editor: LexicalEditor, author: SuggestingAuthor): () => void {
  const onBeforeInput = (event: InputEvent) => {
    if (event.inputType !== 'insertText' || event.data === null || event.isComposing) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const text = event.data;
    editor.update(() => $suggestInsertText(author, text));
  };
  return editor.registerRootListener((root, previous) => {
    previous?.removeEventListener('beforeinput', onBeforeInput, true);
    root?.addEventListener('beforeinput', onBeforeInput, true);
  });
}

/** Turns suggesting mode on for `editor`; returns the function that turns it off. */
export function registerSuggestionMode(editor: LexicalEditor, author: SuggestingAuthor): () => void {
  const critical = <P>(command: LexicalCommand<P>, handle: (payload: P) => void) =>
    editor.registerCommand(
      command,
      (payload) => {
        handle(payload);
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    );
  return mergeRegister(
    interceptTyping(editor, author),
    critical(CONTROLLED_TEXT_INSERTION_COMMAND, (payload) =>
      $suggestInsertLines(author, insertedText(payload)),
    ),
    critical(DELETE_CHARACTER_COMMAND, (isBackward) => $suggestDelete(author, isBackward, 'character')),
    critical(DELETE_WORD_COMMAND, (isBackward) => $suggestDelete(author, isBackward, 'word')),
    critical(DELETE_LINE_COMMAND, (isBackward) => $suggestDelete(author, isBackward, 'lineboundary')),
    critical(REMOVE_TEXT_COMMAND, () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $suggestRemoveSelection(author, selection, true);
    }),
    // Cut copies as usual, then strikes what it would have removed.
    critical(CUT_COMMAND, (event) => {
      const clipboardEvent = event instanceof ClipboardEvent ? event : null;
      void copyToClipboard(editor, clipboardEvent).then(() =>
        editor.update(() => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) $suggestRemoveSelection(author, selection, true);
        }),
      );
    }),
    critical(INSERT_PARAGRAPH_COMMAND, () => $suggestSplit(author)),
    critical(PASTE_COMMAND, (event) => {
      const text = pastedText(event);
      if ('preventDefault' in event) event.preventDefault();
      if (text) $suggestInsertLines(author, text);
    }),
    ...BLOCKED.map((command) => critical(command, () => {})),
  );
}
