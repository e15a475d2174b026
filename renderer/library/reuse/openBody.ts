// One document body opened without a screen, to change it as a person would: a fresh Y.Doc with a headless
// Lexical editor bound to it the way the live editor's CollaborationPlugin binds one (bound before any content
// arrives, since the binding learns only from the Yjs events it sees), connected through the draft's own
// connection (local replica first, then the relay). Used to insert a quotation and to replace personal data:
// the edit is an ordinary Lexical edit that every open editor of the document receives.
import type { LexicalEditor } from 'lexical';
import * as Y from 'yjs';
import type { SpaceMembership } from '../../../shared/ipc/contract';
import { canWrite } from '../../../shared/roles';
import { documentRoom } from '../../../shared/rooms';
import { DraftConnection } from '../../drafts/editor/draftConnection';
import { bindHeadlessDraftEditor } from '../../drafts/editor/headlessDraft';

/** A headless editor kept in step with `doc` both ways; returns it and the way to stop. */
export function bindHeadlessEditor(doc: Y.Doc): { editor: LexicalEditor; unbind(): void } {
  const { editor, unbind } = bindHeadlessDraftEditor(doc);
  return { editor, unbind };
}

export interface OpenBody {
  editor: LexicalEditor;
  /** Whether the relay answered before we stopped waiting (false: working from the local replica). */
  reachedRelay: boolean;
  /** True once the relay says it stored every edit made here; false at the timeout (they stay in the replica). */
  whenSaved(timeoutMs?: number): Promise<boolean>;
  close(): void;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function waitFor(connection: DraftConnection, done: () => boolean, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const finish = (value: boolean) => {
      clearTimeout(timer);
      connection.off('state', check);
      resolve(value);
    };
    const check = () => {
      if (done()) finish(true);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    connection.on('state', check);
    check();
  });
}

/** Opens a document's body; waits up to `relayWaitMs` for the relay, then works from the local replica. */
export async function openBody(
  membership: Pick<SpaceMembership, 'serverUrl' | 'space' | 'token' | 'role'>,
  documentId: string,
  relayWaitMs = 8_000,
): Promise<OpenBody> {
  const doc = new Y.Doc();
  const { editor, unbind } = bindHeadlessEditor(doc);
  const connection = new DraftConnection({
    serverUrl: membership.serverUrl,
    room: documentRoom(membership.space, documentId),
    token: membership.token,
    doc,
    canWrite: canWrite(membership.role, 'doc'),
  });
  await connection.connect();
  const reachedRelay = await waitFor(
    connection,
    () => connection.websocket.synced || ['offline', 'refused'].includes(connection.getState().kind),
    relayWaitMs,
  );
  // Content from the replica and the relay reaches Lexical through updates that commit in a microtask.
  await settle();
  return {
    editor,
    reachedRelay: reachedRelay && connection.websocket.synced,
    whenSaved: (timeoutMs = 8_000) =>
      waitFor(connection, () => connection.getState().kind === 'saved', timeoutMs),
    close: () => {
      unbind();
      connection.destroy();
      doc.destroy();
    },
  };
}
