// Presence is bound to the connection that introduced it: nobody can overwrite or remove someone else's entry,
// everyone appears under their own member name, and one connection cannot flood the room with entries or
// messages. Attacks are raw frames; the people watching are stock clients, as the renderer runs them.
import { afterEach, expect, test } from 'vitest';
import { documentRoom } from '../../shared/rooms';
import { openGreeted, type PresenceSocket } from './support/presence-socket';
import { eventually } from './support/relay';
import { relayPerTest } from './support/relay-per-test';

const setup = relayPerTest();
const room = documentRoom('ministry', 'consultation');
const sockets: PresenceSocket[] = [];

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

async function attacker(name = 'Mallory'): Promise<PresenceSocket> {
  const socket = await openGreeted(
    setup.relay.wsUrl,
    room,
    await setup.relay.token('ministry', 'viewer', name),
  );
  sockets.push(socket);
  return socket;
}

/** Lexical's collaboration cursor state, as @lexical/yjs publishes it. */
const cursorState = (name: string, color: string) => ({
  name,
  color,
  focusing: true,
  anchorPos: null,
  focusPos: null,
  awarenessData: {},
});

test("another connection's presence cannot be overwritten or removed, and a forged name is replaced by the member's", async () => {
  const ana = setup.connect(room, await setup.relay.token('ministry', 'owner', 'Ana Lead'));
  const ben = setup.connect(room, await setup.relay.token('ministry', 'editor', 'Ben'));
  await Promise.all([ana.synced, ben.synced]);
  ana.provider.awareness.setLocalState(cursorState('Ana Lead', '#aa0000'));
  const anaId = ana.doc.clientID;
  const seenByBen = (id: number) => ben.provider.awareness.getStates().get(id);
  await eventually(() => seenByBen(anaId)?.color === '#aa0000');

  const mallory = await attacker();
  const anaClock = ana.provider.awareness.meta.get(anaId)?.clock ?? 0;
  // One message: Ana's entry forged, then Mallory's own under the lead's name and organisation.
  mallory.send([
    { clientId: anaId, clock: anaClock + 10, state: cursorState('Ana Lead', '#00ff00') },
    {
      clientId: 777_001,
      clock: 1,
      state: { ...cursorState('Ana Lead', '#123456'), user: { name: 'Ana Lead', organisation: 'Ministry' } },
    },
  ]);
  await eventually(() => seenByBen(777_001) !== undefined);
  expect(seenByBen(777_001)).toEqual({
    ...cursorState('Mallory', '#123456'),
    user: { name: 'Mallory' },
  });
  expect(seenByBen(anaId)).toEqual(cursorState('Ana Lead', '#aa0000'));

  // Removing Ana's entry is ignored too.
  mallory.send([{ clientId: anaId, clock: anaClock + 11, state: null }]);
  await mallory.settle();
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(seenByBen(anaId)).toEqual(cursorState('Ana Lead', '#aa0000'));
  expect(mallory.presence.getStates().get(anaId)).toEqual(cursorState('Ana Lead', '#aa0000'));

  // Ana's own changes still go through, and Mallory leaving takes Mallory's entry with it.
  ana.provider.awareness.setLocalStateField('color', '#bb0000');
  await eventually(() => seenByBen(anaId)?.color === '#bb0000');
  mallory.close();
  await eventually(() => seenByBen(777_001) === undefined);
  expect(seenByBen(anaId)?.name).toBe('Ana Lead');
});

test('5,000 entries from one connection reach nobody beyond its few client ids', async () => {
  const ben = setup.connect(room, await setup.relay.token('ministry', 'editor', 'Ben'));
  await ben.synced;
  const mallory = await attacker();
  const entries = Array.from({ length: 5000 }, (_, index) => ({
    clientId: 1000 + index,
    clock: 1,
    state: {},
  }));
  mallory.send(entries);
  await mallory.settle();
  await new Promise((resolve) => setTimeout(resolve, 200));
  const others = [...ben.provider.awareness.getStates().keys()].filter((id) => id !== ben.doc.clientID);
  expect(others.length).toBeGreaterThan(0);
  expect(others.length).toBeLessThanOrEqual(4);

  // A late joiner is greeted with the same few.
  const late = await attacker('Late');
  expect(late.presence.getStates().size).toBeLessThanOrEqual(1 + 4 + 1);
});

test('a 2,000-message burst from one connection reaches nobody beyond its rate, and its latest state still arrives', async () => {
  const watcher = await attacker('Watcher');
  const mallory = await attacker();
  await watcher.settle();
  const before = watcher.awarenessFrames;
  const started = Date.now();
  for (let clock = 1; clock <= 2000; clock += 1) {
    mallory.send([{ clientId: 777_002, clock, state: { ...cursorState('Mallory', '#123456'), n: clock } }]);
  }
  await eventually(() => watcher.presence.getStates().get(777_002)?.n === 2000);
  await new Promise((resolve) => setTimeout(resolve, 300));
  // The default burst is 20 messages, then 10 a second; the rest coalesce into the latest state.
  const seconds = (Date.now() - started) / 1000;
  expect(watcher.awarenessFrames - before).toBeLessThanOrEqual(20 + Math.ceil(10 * seconds) + 1);
  expect(watcher.presence.getStates().get(777_002)?.name).toBe('Mallory');
});

test("the same member's new connection takes over its client id, and the old one closing leaves it in place", async () => {
  const ben = setup.connect(room, await setup.relay.token('ministry', 'editor', 'Ben'));
  await ben.synced;
  const token = await setup.relay.token('ministry', 'editor', 'Ana');
  const before = await openGreeted(setup.relay.wsUrl, room, token);
  const after = await openGreeted(setup.relay.wsUrl, room, token);
  sockets.push(before, after);
  before.send([{ clientId: 777_003, clock: 1, state: cursorState('Ana', '#aa0000') }]);
  await eventually(() => ben.provider.awareness.getStates().get(777_003)?.color === '#aa0000');
  // A reload: the page comes back on a new connection before the relay notices the old one is gone.
  after.send([{ clientId: 777_003, clock: 2, state: cursorState('Ana', '#bb0000') }]);
  await eventually(() => ben.provider.awareness.getStates().get(777_003)?.color === '#bb0000');
  before.close();
  await before.closed;
  await after.settle();
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(ben.provider.awareness.getStates().get(777_003)?.color).toBe('#bb0000');
});
