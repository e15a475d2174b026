// The request channel's everyday answers: the relay's clock (for clients' clock-offset estimates), who the
// relay thinks a connection is, and a `stored` notice once what a client sees is durably stored.
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { documentRoom, indexRoom } from '../../shared/rooms';
import { eventually } from './support/relay';
import { relayPerTest } from './support/relay-per-test';
import { openChannelClient } from './support/request-channel';

const SPACE = 'training-circle';
const setup = relayPerTest({ flushIntervalMs: 20 });

test("time answers the relay's clock", async () => {
  const client = await openChannelClient(
    setup.relay.wsUrl,
    indexRoom(SPACE),
    await setup.relay.token(SPACE, 'viewer'),
  );
  const before = Date.now();
  const reply = await client.request('time');
  const after = Date.now();
  expect(reply.ok).toBe(true);
  const { serverTime } = (reply as { output: { serverTime: number } }).output;
  expect(serverTime).toBeGreaterThanOrEqual(before);
  expect(serverTime).toBeLessThanOrEqual(after);
  client.close();
});

test('whoami names the member, their role and whether this room lets them write', async () => {
  const room = documentRoom(SPACE, 'handbook');
  const editor = await setup.relay.member(SPACE, 'editor', 'Bakhyt');
  const asEditor = await openChannelClient(setup.relay.wsUrl, room, editor.token);
  expect(await asEditor.request('whoami')).toEqual({
    id: 1,
    ok: true,
    output: { memberId: editor.memberId, name: 'Bakhyt', role: 'editor', writable: true },
  });
  const commenter = await setup.relay.member(SPACE, 'commenter', 'Chloé');
  const asCommenter = await openChannelClient(setup.relay.wsUrl, room, commenter.token);
  expect(await asCommenter.request('whoami')).toMatchObject({
    ok: true,
    output: { memberId: commenter.memberId, role: 'commenter', writable: false },
  });
  asEditor.close();
  asCommenter.close();
});

test('a client that uses the channel hears "stored" with a state vector that covers an edit once it is stored', async () => {
  const room = documentRoom(SPACE, 'handbook');
  const token = await setup.relay.token(SPACE, 'editor');
  const listener = await openChannelClient(setup.relay.wsUrl, room, token);
  expect((await listener.request('time')).ok).toBe(true);
  const writer = setup.connect(room, token);
  await writer.synced;

  writer.doc.getText('body').insert(0, 'Module 1: listening.');
  const written = Y.encodeStateVector(writer.doc);
  await eventually(() =>
    listener.notices.some((notice) => {
      if (notice.notice !== 'stored') return false;
      const stored = Y.decodeStateVector(Buffer.from(notice.stateVector, 'base64'));
      return (
        (stored.get(writer.doc.clientID) ?? 0) >= (Y.decodeStateVector(written).get(writer.doc.clientID) ?? 1)
      );
    }),
  );
  listener.close();
});

test('a client that reopens a document whose edits are all stored hears so at its first request, with no new edit', async () => {
  const room = documentRoom(SPACE, 'reopened');
  const token = await setup.relay.token(SPACE, 'editor');
  const writer = setup.connect(room, token);
  await writer.synced;
  writer.doc.getText('body').insert(0, 'Stored before anyone asks.');
  const written = Y.encodeStateVector(writer.doc);
  writer.provider.destroy();
  // The room unloads once its last client leaves; what it held is written by then.
  await eventually(async () => (await (await fetch(`${setup.relay.url}/healthz`)).json()).rooms === 0);

  const reader = await openChannelClient(setup.relay.wsUrl, room, token);
  expect((await reader.request('whoami')).ok).toBe(true);
  await eventually(() =>
    reader.notices.some((notice) => {
      if (notice.notice !== 'stored') return false;
      const stored = Y.decodeStateVector(Buffer.from(notice.stateVector, 'base64'));
      return (
        (stored.get(writer.doc.clientID) ?? 0) >= (Y.decodeStateVector(written).get(writer.doc.clientID) ?? 1)
      );
    }),
  );
  reader.close();
});
