// A client's first sync step always carries the stored document, never an empty one: the room core loads
// from storage first, and frames the client sends meanwhile wait and are applied afterwards. Exercised on the
// protocol session directly, with no sockets, through a storage whose load the test releases by hand.
import pino from 'pino';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { readClientMessage, writeUpdate } from '../../server/protocol/messages';
import { type Channel, RoomSession } from '../../server/protocol/session';
import { docPolicy } from '../../server/rooms/kinds/doc';
import { RoomRegistry } from '../../server/rooms/registry';
import type { RoomLog, StoredRoom } from '../../server/storage/storage';

function slowStorage(stored: Uint8Array) {
  let release: () => void = () => {};
  const loaded = new Promise<void>((resolve) => {
    release = resolve;
  });
  const appended: Uint8Array[] = [];
  const storage: RoomLog = {
    async loadRoom(): Promise<StoredRoom> {
      await loaded;
      return { snapshot: stored, updates: [], lastSeq: 1, updateBytes: 0 };
    },
    async appendUpdates(_room: string, updates: Uint8Array[]) {
      appended.push(...updates);
      return 1 + appended.length;
    },
    async compact() {},
  };
  return { storage, release, appended };
}

test('sync step 1 carries the stored document, and frames sent during the load are applied after it', async () => {
  const original = new Y.Doc();
  original.getText('body').insert(0, 'Stored guideline.');
  const { storage, release, appended } = slowStorage(Y.encodeStateAsUpdate(original));
  const rooms = new RoomRegistry(
    storage,
    { flushIntervalMs: 10, compactAfterUpdates: 500, compactAfterBytes: 1 << 20 },
    { persisted() {} },
    pino({ level: 'silent' }),
  );
  const sent: Uint8Array[] = [];
  const channel: Channel = { send: (message) => sent.push(message), close: () => {} };
  const session = new RoomSession('space/doc/guideline', channel, rooms, {
    member: { id: 'member-1', name: 'Editor', role: 'editor' },
    policy: docPolicy,
    relayClientId: 0xffff_fc00,
    requestLimit: { burst: 10, perSecond: 10 },
    maxAwarenessBytes: 1024,
    maxBufferedFrames: 10,
    observer: { received() {}, rejected() {} },
    logger: pino({ level: 'silent' }),
  });

  const started = session.start();
  const client = new Y.Doc();
  client.getText('title').insert(0, 'Typed while loading');
  session.receive(writeUpdate(Y.encodeStateAsUpdate(client)));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(sent).toHaveLength(0);

  release();
  await started;
  const greeting = readClientMessage(sent[0] ?? new Uint8Array());
  expect(greeting.kind).toBe('sync-step-1');
  const stateVector = Y.decodeStateVector(
    greeting.kind === 'sync-step-1' ? greeting.stateVector : new Uint8Array(),
  );
  expect(stateVector.get(original.clientID)).toBe('Stored guideline.'.length);

  const room = await rooms.open('space/doc/guideline');
  expect(room.doc.getText('body').toString()).toBe('Stored guideline.');
  expect(room.doc.getText('title').toString()).toBe('Typed while loading');
  await rooms.release(room);
  session.end();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(rooms.size).toBe(0);
  expect(appended.length).toBeGreaterThan(0);
});
