// A named version opened read-only: the same Lexical view as the live draft (nodes, theme, article numbers),
// made from the version's serialized state and never editable.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { SerializedEditorState } from 'lexical';
import { DRAFT_NAMESPACE, DRAFT_NODES } from '../../drafts/editor/draftNodes';
import { draftTheme } from '../../drafts/editor/draftTheme';
import { NumberingPlugin } from '../../drafts/editor/NumberingPlugin';

export function VersionReader({ state, label }: { state: SerializedEditorState; label: string }) {
  const initialConfig = {
    namespace: `${DRAFT_NAMESPACE}-version`,
    nodes: [...DRAFT_NODES],
    editorState: JSON.stringify(state),
    editable: false,
    theme: draftTheme,
    onError: (error: Error) => console.error(error),
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin
        contentEditable={<ContentEditable className="draft-body version-body" aria-label={label} />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <ListPlugin />
      <TablePlugin />
      <NumberingPlugin />
    </LexicalComposer>
  );
}
