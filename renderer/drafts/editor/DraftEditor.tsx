// One open draft: Lexical rich text bound to the `<space>/doc/<id>` room through CollaborationPlugin, with
// presence, sync status, the toolbar and export. Content never comes from this client's bootstrap: every
// body starts from the shared seed (documentSeed.ts), so a new draft's first paragraph appears exactly once.
//
// The body does not go through the room cache (renderer/rooms): Lexical's Yjs binding learns a document's
// content only from the Yjs events that arrive after it is created, so it needs a Y.Doc that starts empty
// and fills while it watches. A cached doc that is already loaded (a second view, or a reopen within the
// cache's grace period) would show an empty editor. So each open editor gets a fresh doc and its own
// DraftConnection, which CollaborationPlugin drives as its provider.

import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { Provider } from '@lexical/yjs';
import { $getRoot, $parseSerializedNode, COLLABORATION_TAG, type SerializedEditorState } from 'lexical';
import { ArrowLeft } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { keepCopiedTextOnce } from '../../../shared/copied-text-once';
import type { DocumentEntry } from '../../../shared/documents';
import type { SpaceMembership } from '../../../shared/ipc/contract';
import { atLeast, canWrite } from '../../../shared/roles';
import { documentRoom } from '../../../shared/rooms';
import { usePlatform } from '../../app/PlatformProvider';
import { useSignedInProfile } from '../../app/ProfileProvider';
import { CommentsPlugin } from '../../consultation/comments/CommentsPlugin';
import { SuggestionsPlugin } from '../../consultation/suggestions/SuggestionsPlugin';
import { VersionsPanel } from '../../consultation/versions/VersionsPanel';
import { SafeLinksPlugin } from '../links/SafeLinksPlugin';
import { isSafeLinkUrl } from '../links/safeLinks';
import { TYPING_SHORTCUTS } from '../markdown/draftTransformers';
import { WordPastePlugin } from '../paste/WordPastePlugin';
import { DraftConnection } from './draftConnection';
import { DRAFT_NAMESPACE, DRAFT_NODES } from './draftNodes';
import { $draftIndexText, $draftSummary } from './draftSummary';
import { draftTheme } from './draftTheme';
import { ExportMenu } from './ExportMenu';
import { syncOnlyTouchedBlocksToYjs } from './incrementalYjsSync';
import { KeydownSelectionPlugin } from './keydownSelection';
import { MoveProvisionPlugin } from './MoveProvisionPlugin';
import { NumberingPlugin } from './NumberingPlugin';
import { PresenceList } from './PresenceList';
import { syncCursorPositionsNextFrame } from './remoteCursors';
import { SyncStatus } from './SyncStatus';
import { Toolbar } from './Toolbar';
import { writeTextSplitsInPlace } from './yjsTextInPlace';

// A keystroke in a long draft copies the paragraph it changed into Yjs, not the whole draft (incrementalYjsSync.ts).
syncOnlyTouchedBlocksToYjs();
// Splitting a run of text (a suggestion, bold on part of it) keeps its characters in Yjs, so two people splitting
// one run at once never duplicate it (yjsTextInPlace.ts).
writeTextSplitsInPlace();

export interface DraftEditorProps {
  /** The space the draft belongs to, as it is now (its role changes live when an owner changes it). */
  membership: SpaceMembership;
  document: DocumentEntry;
  /** Content of an imported file, written once into the new document's body. */
  importedContent?: SerializedEditorState;
  /** `text`: the body's plain text for the library's search (shared/documents.ts indexText). */
  onEdited(id: string, summary: string, text: string): void;
  onClose(): void;
}

/** Writes an imported file's content into the body once the local replica has loaded. */
function ImportPlugin({
  connection,
  content,
}: {
  connection: DraftConnection | null;
  content?: SerializedEditorState;
}) {
  const [editor] = useLexicalComposerContext();
  const done = useRef(false);
  useEffect(() => {
    if (!connection || !content || done.current) return;
    done.current = true;
    void connection.whenLoaded.then(() =>
      editor.update(() => {
        const root = $getRoot();
        root.clear();
        const children = (
          content.root as unknown as { children: Parameters<typeof $parseSerializedNode>[0][] }
        ).children;
        root.append(...children.map((child) => $parseSerializedNode(child)));
      }),
    );
  }, [connection, content, editor]);
  return null;
}

/** Follows the live role: an owner can turn an editor into a viewer (or back) while the draft is open. */
function EditablePlugin({ writable }: { writable: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.setEditable(writable), [editor, writable]);
  return null;
}

/** Keeps the index's summary and updated time in step with this person's edits (not others', they do their own). */
function SummaryPlugin({ id, onEdited }: { id: string; onEdited: DraftEditorProps['onEdited'] }) {
  const [editor] = useLexicalComposerContext();
  // The latest callback, so a parent's re-render does not restart (and so drop) the pending write.
  const latest = useRef(onEdited);
  latest.current = onEdited;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const write = () => {
      timer = null;
      const state = editor.getEditorState();
      latest.current(id, state.read($draftSummary), state.read($draftIndexText));
    };
    const unregister = editor.registerUpdateListener(({ tags, dirtyElements, dirtyLeaves }) => {
      if (tags.has(COLLABORATION_TAG) || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(write, 2000);
    });
    return () => {
      unregister();
      // Closing the draft within the pause still records the last words (the library searches them).
      if (timer) {
        clearTimeout(timer);
        write();
      }
    };
  }, [editor, id]);
  return null;
}

export function DraftEditor({ membership, document, importedContent, onEdited, onClose }: DraftEditorProps) {
  const { t } = useTranslation('drafts');
  const platform = usePlatform();
  const profile = useSignedInProfile();
  const writable = canWrite(membership.role, 'doc');
  const room = documentRoom(membership.space, document.id);
  const [connection, setConnection] = useState<DraftConnection | null>(null);
  const cursorsContainer = useRef<HTMLDivElement>(null);
  // Read when the connection is made (whether to write the seed), not a reason to make a new one: the
  // binding is created once, so a new provider for a role change would leave the editor detached.
  const writableAtOpen = useRef(writable);
  const { serverUrl, space } = membership;

  useEffect(() => {
    void platform
      .addRecentDocument({ serverUrl, space, id: document.id, title: document.title, openedAt: Date.now() })
      .catch(() => {
        // The recent list is a convenience; failing to save it must not disturb the draft.
      });
  }, [platform, serverUrl, space, document.id, document.title]);

  const providerFactory = useCallback(
    (id: string, docs: Map<string, Y.Doc>): Provider => {
      const doc = new Y.Doc();
      // Two Enters in one paragraph at once leave its tail once, not twice (shared/copied-text-once.ts); for the doc's
      // life, which ends with the connection.
      keepCopiedTextOnce(doc);
      docs.set(id, doc);
      const created = new DraftConnection({
        serverUrl: membership.serverUrl,
        room: id,
        token: membership.token,
        doc,
        canWrite: writableAtOpen.current,
      });
      setConnection(created);
      return created as unknown as Provider;
    },
    [membership.serverUrl, membership.token],
  );

  useEffect(
    () => () => {
      if (connection) {
        connection.destroy();
        connection.websocket.doc.destroy();
      }
    },
    [connection],
  );

  const initialConfig = {
    namespace: DRAFT_NAMESPACE,
    nodes: [...DRAFT_NODES],
    // Collaboration owns the content: the editor starts empty and the binding fills it from Yjs.
    editorState: null,
    editable: writable,
    theme: draftTheme,
    onError: (error: Error) => console.error(error),
  };

  return (
    <article className="draft" aria-labelledby="draft-title">
      <header className="draft-header">
        <button type="button" className="draft-back" onClick={onClose}>
          <ArrowLeft size={16} aria-hidden />
          {t('editor.back')}
        </button>
        <h2 id="draft-title">{document.title}</h2>
        <div className="draft-meta">
          <PresenceList connection={connection} />
          <SyncStatus connection={connection} />
        </div>
      </header>
      {!writable && (
        <p className="draft-read-only" role="note">
          {t(membership.role === 'commenter' ? 'readOnly.commenter' : 'readOnly.viewer')}
        </p>
      )}
      <LexicalCollaboration>
        <LexicalComposer initialConfig={initialConfig}>
          {writable && <Toolbar />}
          <SuggestionsPlugin membership={membership} documentId={document.id} connection={connection} />
          <div className="draft-print-area" ref={cursorsContainer}>
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="draft-body"
                  aria-label={t('editor.label', { title: document.title })}
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
          {/* Commenters type too: in suggesting mode, sent to the relay as suggestions (consultation/suggestions). */}
          <EditablePlugin writable={writable || atLeast(membership.role, 'commenter')} />
          <ListPlugin />
          <TablePlugin />
          <LinkPlugin validateUrl={isSafeLinkUrl} />
          <SafeLinksPlugin />
          <NumberingPlugin />
          <KeydownSelectionPlugin />
          {writable && <MoveProvisionPlugin roomId={room} awareness={connection?.awareness ?? null} />}
          {writable && <WordPastePlugin />}
          {writable && <MarkdownShortcutPlugin transformers={TYPING_SHORTCUTS} />}
          <CollaborationPlugin
            id={room}
            providerFactory={providerFactory}
            shouldBootstrap={false}
            username={profile.displayName}
            cursorColor={profile.colour}
            cursorsContainerRef={cursorsContainer}
            syncCursorPositionsFn={syncCursorPositionsNextFrame}
          />
          {writable && <ImportPlugin connection={connection} content={importedContent} />}
          {writable && <SummaryPlugin id={document.id} onEdited={onEdited} />}
          <ExportMenu platform={platform} title={document.title} />
          {/* After the text and its export bar, so Tab goes from the toolbar straight into the text. */}
          <CommentsPlugin
            membership={membership}
            documentId={document.id}
            bodyDoc={connection?.websocket.doc ?? null}
          />
          <VersionsPanel
            channel={connection?.channel ?? null}
            canWrite={writable}
            modelLaw={document.kind === 'model-law'}
            title={document.title}
            platform={platform}
          />
        </LexicalComposer>
      </LexicalCollaboration>
    </article>
  );
}
