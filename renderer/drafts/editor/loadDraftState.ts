// Opens a serialized draft in a headless editor, for exporters that work through Lexical's own converters.
import type { LexicalEditor, SerializedEditorState } from 'lexical';
import { createHeadlessDraftEditor } from './headlessDraft';

export function loadDraftState(state: SerializedEditorState): LexicalEditor {
  const editor = createHeadlessDraftEditor();
  editor.setEditorState(editor.parseEditorState(state));
  return editor;
}
