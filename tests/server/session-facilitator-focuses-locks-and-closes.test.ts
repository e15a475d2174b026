// The facilitator's console on the relay: "bring everyone here" (a repeat press moves people again), locking
// the board, clusters, the raise-hand queue in order, attendance from open connections, and closing: after it
// nothing changes, the code is retired and the answer says how many took part. And a participant who writes
// into the session's parts directly changes nothing anyone reads.
import { expect, test } from 'vitest';
import { readAttendance, readClusters, readHands, readNotes, readSessionMeta } from '../../shared/sessions';
import { ask, expectRefused, joinAsGuest, SPACE, setUpSession } from './session-fixture';
import { eventually } from './support/relay';
import { relayPerTest } from './support/relay-per-test';
import { openChannelClient } from './support/request-channel';

const setup = relayPerTest();

test('bring everyone here, lock, clusters and the hand queue, as every participant sees them', async () => {
  const { room, facilitator, agenda, code } = await setUpSession(setup.relay, { anonymity: 'named' });
  const [first, second] = agenda;
  if (!first || !second) throw new Error('two items');
  const pita = await joinAsGuest(setup.relay, code, 'Pita');
  const lani = await joinAsGuest(setup.relay, code, 'Lani');
  const pitaClient = await openChannelClient(setup.relay.wsUrl, room, pita.token);
  const laniClient = await openChannelClient(setup.relay.wsUrl, room, lani.token);
  const watcher = setup.connect(room, pita.token);
  await watcher.synced;

  await ask(facilitator, 'session:focus', { itemId: second.id });
  await eventually(() => readSessionMeta(watcher.doc)?.focus?.itemId === second.id);
  const seq = readSessionMeta(watcher.doc)?.focus?.seq ?? 0;
  await ask(facilitator, 'session:focus', { itemId: second.id });
  await eventually(() => readSessionMeta(watcher.doc)?.focus?.seq === seq + 1);
  await expectRefused(pitaClient, 'session:focus', { itemId: first.id }, 'forbidden');

  const { noteId } = await ask<{ noteId: string }>(pitaClient, 'note:add', {
    itemId: second.id,
    text: 'Shared form',
  });
  await ask(facilitator, 'session:lock', { locked: true });
  await expectRefused(laniClient, 'note:add', { itemId: second.id, text: 'Too late' }, 'forbidden');
  await ask(facilitator, 'session:lock', { locked: false });
  await ask(laniClient, 'note:add', { itemId: second.id, text: 'In time' });

  const { clusterId } = await ask<{ clusterId: string }>(facilitator, 'cluster:add', {
    itemId: second.id,
    name: 'Forms',
  });
  await ask(facilitator, 'note:cluster', { noteId, clusterId });
  await ask(facilitator, 'cluster:rename', { clusterId, name: 'Paperwork' });
  await expectRefused(pitaClient, 'note:cluster', { noteId, clusterId: null }, 'forbidden');
  await eventually(() => readNotes(watcher.doc).find((note) => note.id === noteId)?.cluster === clusterId);
  expect(readClusters(watcher.doc)).toEqual([{ id: clusterId, itemId: second.id, name: 'Paperwork' }]);
  // The note kept its place on the board when it moved into the cluster.
  expect(readNotes(watcher.doc).map((note) => note.text)).toEqual(['Shared form', 'In time']);

  const laniHand = (await ask<{ handId: string }>(laniClient, 'hand:raise')).handId;
  const pitaHand = (await ask<{ handId: string }>(pitaClient, 'hand:raise')).handId;
  expect((await ask<{ handId: string }>(laniClient, 'hand:raise')).handId).toBe(laniHand);
  await eventually(() => readHands(watcher.doc).length === 2);
  expect(readHands(watcher.doc).map((hand) => [hand.id, hand.name])).toEqual([
    [laniHand, 'Lani'],
    [pitaHand, 'Pita'],
  ]);
  const people = await ask<{ hands: { name: string }[]; present: { name: string }[] }>(
    facilitator,
    'session:people',
  );
  expect(people.hands.map((hand) => hand.name)).toEqual(['Lani', 'Pita']);
  expect(people.present.map((person) => person.name).sort()).toEqual(['Facilitator Fatima', 'Lani', 'Pita']);
  await expectRefused(pitaClient, 'hand:lower', { handId: laniHand }, 'forbidden');
  await ask(facilitator, 'hand:lower', { handId: laniHand });
  await ask(pitaClient, 'hand:lower');
  await eventually(() => readHands(watcher.doc).length === 0);

  await eventually(() => readAttendance(watcher.doc).present === 3);
  expect(readAttendance(watcher.doc).names).toEqual(['Facilitator Fatima', 'Lani', 'Pita']);
  laniClient.close();
  await eventually(() => readAttendance(watcher.doc).present === 2);
  pitaClient.close();
});

test('closing: nothing changes after it, the code stops working, and the answer counts the participants', async () => {
  const { room, facilitator, agenda, code } = await setUpSession(setup.relay);
  const itemId = agenda[0]?.id ?? '';
  const guests = await Promise.all(
    ['Ana', 'Ben'].map(async (name) =>
      openChannelClient(setup.relay.wsUrl, room, (await joinAsGuest(setup.relay, code, name)).token),
    ),
  );
  const member = await openChannelClient(
    setup.relay.wsUrl,
    room,
    await setup.relay.token(SPACE, 'commenter'),
  );
  await ask(member, 'note:add', { itemId, text: 'Before closing' });
  await expectRefused(guests[0] ?? member, 'session:close', {}, 'forbidden');
  await ask(facilitator, 'session:timer', { action: 'start' });
  const closed = await ask<{ closedAt: number; participants: number }>(facilitator, 'session:close');
  expect(closed.participants).toBe(3);
  expect(await ask(facilitator, 'session:close')).toEqual(closed);

  const watcher = setup.connect(room, await setup.relay.token(SPACE, 'viewer'));
  await eventually(() => readSessionMeta(watcher.doc)?.status === 'closed');
  expect(readSessionMeta(watcher.doc)).toMatchObject({
    closedAt: closed.closedAt,
    shortCode: null,
    locked: true,
  });
  await expectRefused(member, 'note:add', { itemId, text: 'After closing' }, 'forbidden');
  await expectRefused(guests[1] ?? member, 'hand:raise', {}, 'forbidden');
  await expectRefused(facilitator, 'session:timer', { action: 'start' }, 'forbidden');
  const join = await fetch(`${setup.relay.url}/api/sessions/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, displayName: 'Late' }),
  });
  expect(join.status).toBe(404);
  for (const client of [...guests, member]) client.close();
});

test('only editors and owners set a session up, and the one who does facilitates it', async () => {
  const room = 'pacific-network/session/new-one';
  const commenter = await openChannelClient(
    setup.relay.wsUrl,
    room,
    await setup.relay.token(SPACE, 'commenter'),
  );
  const input = {
    title: 'Peer exchange',
    date: '2026-12-03',
    agenda: [{ title: 'Round table', minutes: 20 }],
    anonymity: 'anonymous',
    dotsPerPerson: 3,
  };
  await expectRefused(commenter, 'session:setup', input, 'forbidden');
  await expectRefused(commenter, 'note:add', { itemId: 'x', text: 'hello' }, 'bad-request');
  const editor = await openChannelClient(
    setup.relay.wsUrl,
    room,
    await setup.relay.token(SPACE, 'editor', 'Eli'),
  );
  await ask(editor, 'session:setup', input);
  expect(await ask(editor, 'session:me')).toMatchObject({ facilitator: true, guest: false });
  const other = await openChannelClient(
    setup.relay.wsUrl,
    room,
    await setup.relay.token(SPACE, 'editor', 'Eve'),
  );
  await expectRefused(other, 'session:setup', { ...input, title: 'Taken over' }, 'forbidden');
  commenter.close();
  editor.close();
  other.close();
});

test("what a participant writes into the session's parts themselves is ignored by every reader", async () => {
  const { room, code, facilitatorToken } = await setUpSession(setup.relay);
  const guest = await joinAsGuest(setup.relay, code, 'Mallory');
  const forger = setup.connect(room, guest.token);
  const reader = setup.connect(room, facilitatorToken);
  await Promise.all([forger.synced, reader.synced]);
  const title = readSessionMeta(reader.doc)?.title;
  forger.doc.transact(() => {
    forger.doc
      .getArray('notes')
      .push([{ id: 'fake', itemId: 'x', text: 'Forged', cluster: null, createdAt: 1 }]);
    forger.doc.getArray('meta').push([{ ...readSessionMeta(forger.doc), title: 'Hijacked', locked: true }]);
  });
  // Deleting what the relay wrote is refused outright; a later push shows the relay has read past it.
  forger.doc.getArray('timer').delete(0, 1);
  forger.doc.getArray('clusters').push([{ id: 'fake', itemId: 'x', name: 'Forged' }]);
  await eventually(() => reader.doc.getArray('clusters').length === 1);
  expect(readClusters(reader.doc)).toEqual([]);
  expect(reader.doc.getArray('notes').length).toBe(1);
  expect(readNotes(reader.doc)).toEqual([]);
  expect(readSessionMeta(reader.doc)).toMatchObject({ title, locked: false });
  expect(reader.doc.getArray('timer').length).toBe(1);
});

test('the facilitator takes a note off the board and removes a cluster, whose notes stay unclustered', async () => {
  const { room, facilitator, agenda, code } = await setUpSession(setup.relay);
  const itemId = agenda[0]?.id ?? '';
  const guest = await openChannelClient(
    setup.relay.wsUrl,
    room,
    (await joinAsGuest(setup.relay, code, 'Pita')).token,
  );
  const kept = (await ask<{ noteId: string }>(guest, 'note:add', { itemId, text: 'Useful' })).noteId;
  const junk = (await ask<{ noteId: string }>(guest, 'note:add', { itemId, text: 'Off topic' })).noteId;
  const { clusterId } = await ask<{ clusterId: string }>(facilitator, 'cluster:add', {
    itemId,
    name: 'Ideas',
  });
  await ask(facilitator, 'note:cluster', { noteId: kept, clusterId });
  await expectRefused(guest, 'note:remove', { noteId: junk }, 'forbidden');
  await ask(facilitator, 'note:remove', { noteId: junk });
  await ask(facilitator, 'cluster:remove', { clusterId });
  const watcher = setup.connect(room, await setup.relay.token(SPACE, 'viewer'));
  await eventually(() => readNotes(watcher.doc).length === 1 && readClusters(watcher.doc).length === 0);
  expect(readNotes(watcher.doc)).toMatchObject([{ id: kept, cluster: null }]);
  guest.close();
});
