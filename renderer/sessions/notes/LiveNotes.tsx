// The session's shared notes: a rich-text body everyone in the session writes together, the session room's
// `root` through Lexical's CollaborationPlugin, on its own connection with a fresh Y.Doc (the editor's Yjs
// binding must watch its document fill, see drafts/editor/DraftEditor.tsx). In an anonymous session nobody's
// cursor or name is shared: the editor's presence stays on this computer.
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { Provider } from '@lexical/yjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { DraftConnection } from '../../drafts/editor/draftConnection';
import { DRAFT_NAMESPACE, DRAFT_NODES } from '../../drafts/editor/draftNodes';
import { TYPING_SHORTCUTS } from '../../drafts/markdown/draftTransformers';

export interface LiveNotesProps {
  serverUrl: string;
  token: string;
  room: string;
  /** The name and colour others see beside this person's cursor; null shares no presence at all. */
  presence: { name: string; colour: string } | null;
  writable: boolean;
}

/** A draft connection whose presence never leaves this computer (anonymous sessions). */
class PrivateNotesConnection extends DraftConnection {
  override readonly awareness = new Awareness(this.websocket.doc);
}

const theme = {
  paragraph: 'draft-paragraph',
  quote: 'draft-quote',
  heading: { h1: 'draft-h1', h2: 'draft-h2', h3: 'draft-h3', h4: 'draft-h4', h5: 'draft-h5', h6: 'draft-h6' },
  list: { ul: 'draft-ul', ol: 'draft-ol', listitem: 'draft-li', nested: { listitem: 'draft-nested-li' } },
  link: 'draft-link',
  text: { bold: 'draft-bold', italic: 'draft-italic', underline: 'draft-underline' },
};

export default function LiveNotes({ serverUrl, token, room, presence, writable }: LiveNotesProps) {
  const { t } = useTranslation('sessions');
  const [connection, setConnection] = useState<DraftConnection | null>(null);
  const cursors = useRef<HTMLDivElement>(null);
  const shared = useRef(presence !== null);

  const providerFactory = useCallback(
    (id: string, docs: Map<string, Y.Doc>): Provider => {
      const doc = new Y.Doc();
      docs.set(id, doc);
      const options = { serverUrl, room: id, token, doc, canWrite: writable };
      const created = shared.current ? new DraftConnection(options) : new PrivateNotesConnection(options);
      setConnection(created);
      return created as unknown as Provider;
    },
    [serverUrl, token, writable],
  );

  useEffect(
    () => () => {
      if (!connection) return;
      connection.destroy();
      connection.websocket.doc.destroy();
    },
    [connection],
  );

  return (
    <section className="session-live-notes" aria-labelledby="session-live-notes-heading">
      <h3 id="session-live-notes-heading">{t('liveNotes.heading')}</h3>
      <LexicalCollaboration>
        <LexicalComposer
          initialConfig={{
            namespace: DRAFT_NAMESPACE,
            nodes: [...DRAFT_NODES],
            editorState: null,
            editable: writable,
            theme,
            onError: (error: Error) => console.error(error),
          }}
        >
          <div className="session-live-notes-area" ref={cursors}>
            <RichTextPlugin
              contentEditable={
                <ContentEditable className="session-live-notes-body" aria-label={t('liveNotes.label')} />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
          <ListPlugin />
          {writable && <MarkdownShortcutPlugin transformers={TYPING_SHORTCUTS} />}
          <CollaborationPlugin
            id={room}
            providerFactory={providerFactory}
            shouldBootstrap={false}
            username={presence?.name ?? ''}
            cursorColor={presence?.colour ?? '#55606a'}
            cursorsContainerRef={cursors}
          />
        </LexicalComposer>
      </LexicalCollaboration>
    </section>
  );
}
