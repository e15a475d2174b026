// The toolbar's link action: asks for the address and links the selection, or inserts the address as its own
// text when nothing is selected; an empty or non-web address removes the link instead.
import { $createLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $createTextNode, $getSelection, $insertNodes, $isRangeSelection, type LexicalEditor } from 'lexical';
import { isSafeLinkUrl } from '../links/safeLinks';

export function insertLink(editor: LexicalEditor, promptText: string): void {
  const url = window.prompt(promptText, 'https://');
  if (url === null) return;
  const trimmed = url.trim();
  if (trimmed === '' || !/^(https?:|mailto:)/i.test(trimmed) || !isSafeLinkUrl(trimmed)) {
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
    return;
  }
  const collapsed = editor.getEditorState().read(() => {
    const selection = $getSelection();
    return !$isRangeSelection(selection) || selection.isCollapsed();
  });
  // With nothing selected, the address itself becomes the link text.
  if (collapsed)
    editor.update(() => $insertNodes([$createLinkNode(trimmed).append($createTextNode(trimmed))]));
  else editor.dispatchCommand(TOGGLE_LINK_COMMAND, trimmed);
}
