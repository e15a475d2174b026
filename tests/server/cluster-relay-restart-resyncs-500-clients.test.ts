// Five hundred clients reconnecting at once after a relay restart: the relay survives the stampede and every
// client resyncs, including the edits people made while it was down. Stock clients are used because they all
// retry on the same schedule (the harshest case); the relay's default per-address limits (a burst of 1000
// attempts, 1,024 open connections) already admit 500 clients from one test address, so they are not raised.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { issueMember } from '../../server/admin';
import { documentRoom } from '../../shared/rooms';
import { type RelayInstance, startInstance } from './cluster-fixture';
import { connectClient, eventually, TEST_SECRET, type TestClient, tempDir } from './support/relay';

const ROOMS = 25;
const PER_ROOM = 20;

let dataDir: string;
let relay: RelayInstance;
const clients: { client: TestClient; room: number }[] = [];

beforeAll(async () => {
  // Each stock provider adds a process 'exit' listener; 500 of them are expected here.
  process.setMaxListeners(ROOMS * PER_ROOM + 10);
  dataDir = tempDir();
  relay = await startInstance({ dataDir, secret: TEST_SECRET });
});

afterAll(async () => {
  for (const { client } of clients.splice(0)) client.destroy();
  await relay?.stop();
});

const edits = (client: TestClient) => client.doc.getArray<string>('edits').length;
const connected = () => clients.filter(({ client }) => client.provider.wsconnected && client.provider.synced);

test('500 clients resync after the relay restarts', { timeout: 120_000 }, async () => {
  for (let room = 0; room < ROOMS; room += 1) {
    // One member per table, so each stays within the relay's connection cap per member (64).
    const { token } = await issueMember({
      dataDir,
      secret: TEST_SECRET,
      space: 'ngo-network',
      role: 'editor',
      name: `Workshop table ${room + 1}`,
    });
    for (let i = 0; i < PER_ROOM; i += 1) {
      clients.push({
        client: connectClient(relay.wsUrl, documentRoom('ngo-network', `room-${room}`), token),
        room,
      });
    }
  }
  await Promise.all(clients.map(({ client }) => client.synced));
  for (const { client } of clients)
    client.doc.getArray<string>('edits').push([`before-${client.doc.clientID}`]);
  await eventually(() => clients.every(({ client }) => edits(client) === PER_ROOM), 30_000);

  await relay.stop();
  await eventually(() => connected().length === 0, 30_000);
  // Everyone keeps typing while the relay is down.
  for (const { client } of clients)
    client.doc.getArray<string>('edits').push([`offline-${client.doc.clientID}`]);

  relay = await startInstance({ dataDir, secret: TEST_SECRET, port: relay.port });
  await eventually(() => connected().length === clients.length, 60_000);
  await eventually(() => clients.every(({ client }) => edits(client) === 2 * PER_ROOM), 60_000);

  const health = (await (await fetch(`${relay.url}/healthz`)).json()) as { connections: number };
  expect(health.connections).toBe(ROOMS * PER_ROOM);
  for (let room = 0; room < ROOMS; room += 1) {
    const inRoom = clients.filter((entry) => entry.room === room).map(({ client }) => client);
    const first = inRoom[0]?.doc.getArray<string>('edits').toJSON();
    for (const client of inRoom) expect(client.doc.getArray<string>('edits').toJSON()).toEqual(first);
  }
});
