// A member's new role, handed to each of their open sessions (what WebSocketGateway.changeRole does): the
// room's policy decides again what the connection may write, a client that speaks the request channel gets a
// `role` notice, and a stock client hears nothing new. Exercised on sessions directly, with no sockets.
import pino from 'pino';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { MESSAGE_AUTH, writeUpdate } from '../../server/protocol/messages';
import { type Channel, RoomSession } from '../../server/protocol/session';
import { policyForRoom } from '../../server/rooms/kinds/kinds';
import { RoomRegistry } from '../../server/rooms/registry';
import type { RoomLog } from '../../server/storage/storage';
import {
  decodeCommonsFrame,
  encodeCommonsFrame,
  MESSAGE_COMMONS,
  type RelayMessage,
  relayMessage,
} from '../../shared/relay-requests';
import type { Role } from '../../shared/roles';
import { eventually } from './support/relay';

const ROOM = 'relief-network/doc/charter';

const memoryLog: RoomLog = {
  loadRoom: async () => ({ snapshot: null, updates: [], lastSeq: 0, updateBytes: 0 }),
  appendUpdates: async () => 1,
  compact: async () => {},
};

function openRooms(): RoomRegistry {
  return new RoomRegistry(
    memoryLog,
    { flushIntervalMs: 10, compactAfterUpdates: 500, compactAfterBytes: 1 << 20 },
    { persisted() {} },
    pino({ level: 'silent' }),
  );
}

async function openSession(rooms: RoomRegistry, role: Role) {
  const sent: Uint8Array[] = [];
  const channel: Channel = { send: (message) => sent.push(message), close: () => {} };
  const policy = policyForRoom(ROOM);
  if (!policy) throw new Error('not a room');
  const session = new RoomSession(ROOM, channel, rooms, {
    member: { id: 'member-1', name: 'Dana', role },
    policy,
    relayClientId: 0xffff_fc01,
    requestLimit: { burst: 10, perSecond: 10 },
    maxAwarenessBytes: 1024,
    maxBufferedFrames: 10,
    observer: { received() {}, rejected() {} },
    logger: pino({ level: 'silent' }),
  });
  await session.start();
  const channelMessages = (): RelayMessage[] =>
    sent
      .filter((frame) => frame[0] === MESSAGE_COMMONS)
      .map((frame) => relayMessage.parse(JSON.parse(decodeCommonsFrame(frame) ?? 'null')));
  const denials = () => sent.filter((frame) => frame[0] === MESSAGE_AUTH).length;
  return { session, sent, channelMessages, denials };
}

const edit = (doc: Y.Doc, text: string): Uint8Array => {
  const before = Y.encodeStateVector(doc);
  doc.getText('body').insert(doc.getText('body').length, text);
  return writeUpdate(Y.encodeStateAsUpdate(doc, before));
};

test('an editor made viewer has further writes refused and is told, and made editor again writes again', async () => {
  const rooms = openRooms();
  const speaking = await openSession(rooms, 'editor');
  const stock = await openSession(rooms, 'editor');
  const room = await rooms.open(ROOM);
  const client = new Y.Doc();

  speaking.session.receive(edit(client, 'Article 1.'));
  expect(room.doc.getText('body').toString()).toBe('Article 1.');
  speaking.session.receive(encodeCommonsFrame({ id: 1, type: 'time', input: {} }));

  for (const { session } of [speaking, stock]) session.changeRole('viewer');
  expect(speaking.channelMessages()).toContainEqual({ notice: 'role', role: 'viewer', writable: false });
  expect(speaking.session.canWrite).toBe(false);

  speaking.session.receive(edit(client, ' Unauthorised.'));
  expect(room.doc.getText('body').toString()).toBe('Article 1.');
  expect(speaking.denials()).toBe(1);
  speaking.session.receive(encodeCommonsFrame({ id: 2, type: 'whoami', input: {} }));
  await eventually(() => speaking.channelMessages().some((message) => 'id' in message && message.id === 2));
  expect(speaking.channelMessages()).toContainEqual({
    id: 2,
    ok: true,
    output: { memberId: 'member-1', name: 'Dana', role: 'viewer', writable: false },
  });

  speaking.session.changeRole('editor');
  expect(speaking.channelMessages()).toContainEqual({ notice: 'role', role: 'editor', writable: true });
  speaking.session.receive(edit(new Y.Doc(), 'Article 2.'));
  expect(room.doc.getText('body').toString()).toContain('Article 2.');

  // The session that never used the channel got none of its messages, notices included.
  expect(stock.sent.some((frame) => frame[0] === MESSAGE_COMMONS)).toBe(false);
  await rooms.release(room);
  speaking.session.end();
  stock.session.end();
});
