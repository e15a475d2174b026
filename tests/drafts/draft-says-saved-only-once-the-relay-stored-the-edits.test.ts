// @vitest-environment happy-dom
// "Saved" means stored: an open draft calls this person's edits saved only after the relay's `stored` notice
// covers them, not when the socket's buffer drains. Until then the edits are counted as sent but unconfirmed,
// and a reload before the confirmation still counts them. Runs the draft's connection against a real relay
// whose write-behind is slowed, so the gap between sending and storing is wide enough to look into.
import 'fake-indexeddb/auto';
import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { DraftConnection, type SyncState } from '../../renderer/drafts/editor/draftConnection';
import { MESSAGE_COMMONS } from '../../shared/relay-requests';
import { documentRoom } from '../../shared/rooms';
import { eventually, startRelay, type TestRelay } from '../server/support/relay';

const SPACE = 'nrm';
const ROOM = documentRoom(SPACE, 'lessons');
/** Slow enough that "sent" and "stored" are seconds apart. */
const FLUSH_MS = 1500;

let relay: TestRelay;
const open: DraftConnection[] = [];

beforeEach(async () => {
  localStorage.clear();
  relay = await startRelay({ flushIntervalMs: FLUSH_MS });
});

afterEach(async () => {
  for (const connection of open.splice(0)) connection.destroy();
  await relay.close();
});

/** A draft of ROOM as the editor makes one, not yet connected (closed after the test). */
function newDraft(token: string): { connection: DraftConnection; doc: Y.Doc } {
  const doc = new Y.Doc();
  const connection = new DraftConnection({
    serverUrl: relay.url,
    room: ROOM,
    token,
    doc,
    canWrite: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  open.push(connection);
  return { connection, doc };
}

async function openDraft(token: string): Promise<{ connection: DraftConnection; doc: Y.Doc }> {
  const draft = newDraft(token);
  await draft.connection.connect();
  return draft;
}

/** What happened, in order: states the draft showed and the relay's channel frames as they arrive. */
function record(connection: DraftConnection): string[] {
  const events: string[] = [];
  connection.on('state', (state: SyncState) => events.push(`state:${state.kind}`));
  const handlers = connection.websocket.messageHandlers;
  const channel = handlers[MESSAGE_COMMONS];
  if (!channel) throw new Error('the draft has no request channel');
  handlers[MESSAGE_COMMONS] = (...args) => {
    // Seen before the channel reads it, so the frame comes before whatever state it causes.
    const text = decoding.peekVarString(args[1]);
    events.push(`frame:${text.includes('"stored"') ? 'stored' : 'other'}`);
    channel(...args);
  };
  return events;
}

test('an edit shows as saved only after the relay says it stored it', async () => {
  const token = await relay.token(SPACE, 'editor');
  const { connection, doc } = await openDraft(token);
  await eventually(() => connection.getState().kind === 'saved');

  const events = record(connection);
  doc.transact(() => doc.getText('body').insert(0, 'Written before the relay stored anything.'), {});
  expect(connection.getState()).toMatchObject({ kind: 'syncing', unsent: 0, unconfirmed: 1 });

  // Well after the socket's buffer drained, but before the relay's write: still not saved.
  await new Promise((resolve) => setTimeout(resolve, FLUSH_MS / 2));
  expect(connection.getState()).toMatchObject({ kind: 'syncing', unconfirmed: 1 });

  await eventually(() => connection.getState().kind === 'saved', 10_000);
  const firstSaved = events.indexOf('state:saved');
  expect(events.indexOf('frame:stored')).toBeGreaterThanOrEqual(0);
  expect(events.indexOf('frame:stored')).toBeLessThan(firstSaved);
});

test('edits made offline are counted as unsent, then unconfirmed, then saved', async () => {
  const token = await relay.token(SPACE, 'editor');
  const { connection, doc } = newDraft(token);
  // Before connecting, as on a train: the edit stays on this computer.
  doc.transact(() => doc.getText('body').insert(0, 'Written offline.'), {});
  expect(connection.getState()).toMatchObject({ unsent: 1, unconfirmed: 0 });

  // Every state the draft shows, in order: the unconfirmed one can be brief when the relay stores at once.
  const shown: SyncState[] = [];
  connection.on('state', (state: SyncState) => shown.push(state));
  await connection.connect();
  await eventually(() => connection.getState().kind === 'saved', 10_000);
  const saved = shown.findIndex((state) => state.kind === 'saved');
  const unconfirmed = shown.findIndex(
    (state) => state.kind === 'syncing' && state.unsent === 0 && state.unconfirmed === 1,
  );
  expect(unconfirmed).toBeGreaterThanOrEqual(0);
  expect(unconfirmed).toBeLessThan(saved);
});

test('a reload before the relay confirmed still counts the edit, until the relay stores it', async () => {
  const token = await relay.token(SPACE, 'editor');
  // A colleague keeps the draft open, so the relay's write comes after the reload.
  const colleague = await openDraft(await relay.token(SPACE, 'editor', 'Colleague'));
  await eventually(() => colleague.connection.getState().kind === 'saved');
  const first = await openDraft(token);
  await eventually(() => first.connection.getState().kind === 'saved');
  first.doc.transact(() => first.doc.getText('body').insert(0, 'Sent, then the page reloaded.'), {});
  // The page goes away before the relay's write.
  first.connection.destroy();

  const reopened = await openDraft(token);
  expect(reopened.connection.getState()).toMatchObject({ pendingChanges: 1 });
  await eventually(() => reopened.connection.getState().kind === 'saved', 10_000);
  expect(reopened.doc.getText('body').toString()).toBe('Sent, then the page reloaded.');
});
