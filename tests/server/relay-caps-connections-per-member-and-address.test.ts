// One member, or one machine, cannot hold the relay's connections and rooms: past a cap a new connection is
// closed with 4429 (where the stock client stops retrying) and a reason, while other members connect as usual.
import { afterEach, expect, test } from 'vitest';
import { documentRoom } from '../../shared/rooms';
import { openGreeted, openPresenceSocket, type PresenceSocket } from './support/presence-socket';
import { relayPerTest } from './support/relay-per-test';

const setup = relayPerTest({ connectionCaps: { perMember: 3, perAddress: 6, roomsPerMember: 2 } });
const sockets: PresenceSocket[] = [];

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

async function open(room: string, token: string): Promise<PresenceSocket> {
  const socket = await openGreeted(setup.relay.wsUrl, room, token);
  sockets.push(socket);
  return socket;
}

const lesson = documentRoom('pacific', 'lesson-1');

test("a member's connection past the cap is closed with 4429, and another member still connects", async () => {
  const viewer = await setup.relay.token('pacific', 'viewer', 'Flood');
  const held = [await open(lesson, viewer), await open(lesson, viewer), await open(lesson, viewer)];
  expect(await openPresenceSocket(setup.relay.wsUrl, lesson, viewer)).toEqual({
    refused: 4429,
    reason: 'too many open connections for this member',
  });

  const other = await open(lesson, await setup.relay.token('pacific', 'editor', 'Ana'));
  await other.settle();
  // The member's open connections are still served, and closing one frees its place.
  await held[0]?.settle();
  held[0]?.close();
  await held[0]?.closed;
  await new Promise((resolve) => setTimeout(resolve, 50));
  await open(lesson, viewer);
});

test('a member keeps a capped number of different rooms open, and more connections to them are fine', async () => {
  const token = await setup.relay.token('pacific', 'viewer', 'Roamer');
  await open(documentRoom('pacific', 'a'), token);
  await open(documentRoom('pacific', 'b'), token);
  expect(await openPresenceSocket(setup.relay.wsUrl, documentRoom('pacific', 'c'), token)).toEqual({
    refused: 4429,
    reason: 'too many rooms open for this member',
  });
  await open(documentRoom('pacific', 'a'), token);
  expect((await fetch(`${setup.relay.url}/healthz`).then((answer) => answer.json())).rooms).toBe(2);
});

test('one address holds a capped number of connections, whoever they belong to', async () => {
  for (let member = 0; member < 3; member += 1) {
    const token = await setup.relay.token('pacific', 'viewer', `Person ${member}`);
    await open(lesson, token);
    await open(lesson, token);
  }
  const newcomer = await setup.relay.token('pacific', 'viewer', 'Newcomer');
  expect(await openPresenceSocket(setup.relay.wsUrl, lesson, newcomer)).toEqual({
    refused: 4429,
    reason: 'too many open connections from this address',
  });
});
