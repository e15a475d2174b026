// Keeps the toolbar in step with the editor: the caret's style and formats, the articles to refer to, and
// whether there is anything of this person's to undo or redo.

import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect, useState } from 'react';
import type { ProvisionLabeler } from '../legislation/numbering';
import { provisionChanges } from '../legislation/provisionChanges';
import { $articleChoices, $caretState, type ArticleChoice, type CaretState, NO_CARET } from './toolbarState';

/** Replaces state only when its content changed, so typing does not re-render the toolbar on every key. */
function keepIfSame<T>(next: T) {
  return (previous: T) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next);
}

export function useToolbarState(editor: LexicalEditor, labeler: ProvisionLabeler) {
  const [caret, setCaret] = useState<CaretState>(NO_CARET);
  const [articles, setArticles] = useState<ArticleChoice[]>([]);
  const [history, setHistory] = useState({ undo: false, redo: false });

  useEffect(() => {
    // The toolbar can appear after the draft has loaded (a viewer made an editor): start from what is there.
    setArticles(keepIfSame(editor.getEditorState().read(() => $articleChoices(labeler))));
    return mergeRegister(
      editor.registerUpdateListener((update) =>
        update.editorState.read(() => {
          setCaret(keepIfSame($caretState()));
          // The choices walk every provision: only when one may have changed, not on every keystroke.
          if (provisionChanges(update).titles) setArticles(keepIfSame($articleChoices(labeler)));
        }),
      ),
      editor.registerCommand(
        CAN_UNDO_COMMAND,
        (undo) => {
          setHistory((previous) => ({ ...previous, undo }));
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        CAN_REDO_COMMAND,
        (redo) => {
          setHistory((previous) => ({ ...previous, redo }));
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor, labeler]);

  return { caret, articles, history };
}
