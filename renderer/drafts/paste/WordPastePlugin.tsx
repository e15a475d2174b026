// Paste from Word through the editor's ordinary HTML import, after turning Word's list paragraphs into real
// lists (wordLists.ts). Pastes from anywhere else are left to Lexical's rich-text paste untouched.
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { isFromWord, normaliseWordHtml } from './wordLists';

export function WordPastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const html = 'clipboardData' in event ? event.clipboardData?.getData('text/html') : undefined;
          if (!html || !isFromWord(html)) return false;
          event.preventDefault();
          const dom = new DOMParser().parseFromString(html, 'text/html');
          normaliseWordHtml(dom);
          editor.update(() => {
            const selection = $getSelection();
            if ($isRangeSelection(selection))
              $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, dom), selection);
          });
          return true;
        },
        // Ahead of the rich-text plugin's own paste handler, which would read the lists as plain paragraphs.
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
