// Each room kind's policy decides who writes (the same table as shared/roles canWrite, which the renderer
// reads), and a room takes its document options and hooks from its policy: on load once the stored state is
// in, on change for every later update, and a failing hook never stops an update being stored.
import pino from 'pino';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { policyForKind, policyForRoom } from '../../server/rooms/kinds/kinds';
import { Room, type RoomDocumentPolicy } from '../../server/rooms/room';
import type { RoomLog } from '../../server/storage/storage';
import { canWrite, ROLES } from '../../shared/roles';
import { discussionRoom, documentRoom, indexRoom, type RoomKind, sessionRoom } from '../../shared/rooms';

const KINDS: RoomKind[] = ['index', 'doc', 'discussion', 'session'];

test('each kind gives each role write or read access as shared/roles says, and viewers only read', () => {
  const table = Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      Object.fromEntries(ROLES.map((role) => [role, policyForKind(kind).access(role)])),
    ]),
  );
  expect(table).toEqual({
    index: { viewer: 'read', commenter: 'read', editor: 'write', owner: 'write' },
    doc: { viewer: 'read', commenter: 'read', editor: 'write', owner: 'write' },
    discussion: { viewer: 'read', commenter: 'write', editor: 'write', owner: 'write' },
    session: { viewer: 'read', commenter: 'write', editor: 'write', owner: 'write' },
  });
  for (const kind of KINDS)
    for (const role of ROLES) expect(table[kind]?.[role] === 'write').toBe(canWrite(role, kind));
  expect(policyForRoom(indexRoom('s'))?.kind).toBe('index');
  expect(policyForRoom(documentRoom('s', 'd'))?.kind).toBe('doc');
  expect(policyForRoom(discussionRoom('s', 'd'))?.kind).toBe('discussion');
  expect(policyForRoom(sessionRoom('s', 'w'))?.kind).toBe('session');
  expect(policyForRoom('not a room')).toBeNull();
});

test('a room takes gc from its policy, runs onLoad after the stored state and onChange for later updates', async () => {
  const stored = new Y.Doc();
  stored.getText('body').insert(0, 'Stored.');
  const appended: Uint8Array[] = [];
  const log: RoomLog = {
    loadRoom: async () => ({
      snapshot: Y.encodeStateAsUpdate(stored),
      updates: [],
      lastSeq: 1,
      updateBytes: 0,
    }),
    appendUpdates: async (_name, updates) => {
      appended.push(...updates);
      return 2;
    },
    compact: async () => {},
  };
  const seen: string[] = [];
  const policy: RoomDocumentPolicy = {
    document: { gc: false },
    onLoad: (room) => seen.push(`load:${room.doc.getText('body').toString()}`),
    onChange: (_room, _update, origin) => {
      seen.push(`change:${String(origin)}`);
      throw new Error('a broken hook');
    },
  };
  const room = new Room(
    'space/doc/kinds',
    log,
    { flushIntervalMs: 5, compactAfterUpdates: 500, compactAfterBytes: 1 << 20 },
    { persisted() {} },
    pino({ level: 'silent' }),
    policy,
  );
  await room.ready;
  expect(room.doc.gc).toBe(false);
  expect(seen).toEqual(['load:Stored.']);

  const client = new Y.Doc();
  client.getText('body').insert(0, 'Typed.');
  Y.applyUpdate(room.doc, Y.encodeStateAsUpdate(client), 'a client');
  expect(seen).toEqual(['load:Stored.', 'change:a client']);
  await room.flush();
  expect(appended).toHaveLength(1);
  room.destroy();
});
