// An instance killed with SIGKILL while people type: its clients reconnect through the load balancer to
// another instance and nothing any client had is lost, and the database already held every edit that was
// more than a second old when the instance died.
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { openPostgresStorage } from '../../server/storage/postgres/postgres';
import { documentRoom } from '../../shared/rooms';
import { sharedClusterPerFile, startInstance, startLoadBalancer } from './cluster-fixture';
import { eventually, TEST_SECRET, type TestClient, tempDir } from './support/relay';

const cluster = sharedClusterPerFile();

const edits = (client: TestClient) => client.doc.getArray<string>('edits').toArray();

test('nothing is lost when an instance dies mid-edit', { timeout: 120_000 }, async () => {
  const shared = { secret: TEST_SECRET, databaseUrl: cluster.database.url, redisUrl: cluster.redis.url };
  const doomed = await startInstance({ ...shared, dataDir: tempDir() });
  const survivor = await startInstance({ ...shared, dataDir: tempDir() });
  cluster.stopLater(() => doomed.stop());
  cluster.stopLater(() => survivor.stop());
  const balancer = await startLoadBalancer(doomed.port);
  cluster.stopLater(() => balancer.close());

  const { token } = await cluster.member('editor', 'Editors');
  const room = documentRoom('ngo-network', 'victim-identification');
  const onDoomed = [
    cluster.connect(balancer.wsUrl, room, token),
    cluster.connect(balancer.wsUrl, room, token),
  ];
  const onSurvivor = [cluster.connect(survivor.wsUrl, room, token)];
  const everyone = [...onDoomed, ...onSurvivor];
  await Promise.all(everyone.map((client) => client.synced));

  // Everyone types; every 100 ms we note what each client holds, to know what was a second old at the crash.
  const typed: string[] = [];
  const history: { at: number; held: string[] }[] = [];
  let typing = true;
  const typists = everyone.map(async (client, index) => {
    for (let i = 0; typing; i += 1) {
      const edit = `client${index}-${i}`;
      client.doc.getArray<string>('edits').push([edit]);
      typed.push(edit);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  });
  const recorder = setInterval(() => {
    history.push({ at: Date.now(), held: [...new Set(everyone.flatMap(edits))] });
  }, 100);

  await new Promise((resolve) => setTimeout(resolve, 2500));
  balancer.target = null;
  await doomed.kill();
  const killedAt = Date.now();
  clearInterval(recorder);

  // What the database holds right after the crash, before anyone reconnects.
  const storage = await openPostgresStorage(cluster.database.url);
  const stored = await storage.rooms.loadRoom(room);
  await storage.close();
  const replica = new Y.Doc();
  for (const update of [stored.snapshot, ...stored.updates]) if (update) Y.applyUpdate(replica, update);
  const inStorage = new Set(replica.getArray<string>('edits').toArray());
  const secondOld = history.filter((entry) => entry.at <= killedAt - 1000).at(-1);
  expect(secondOld?.held.length).toBeGreaterThan(20);
  expect(secondOld?.held.filter((edit) => !inStorage.has(edit))).toEqual([]);

  // Typing goes on offline for a moment, then the balancer sends the orphans to the survivor.
  await new Promise((resolve) => setTimeout(resolve, 300));
  balancer.target = survivor.port;
  await new Promise((resolve) => setTimeout(resolve, 500));
  typing = false;
  await Promise.all(typists);

  await eventually(() => everyone.every((client) => edits(client).length === typed.length), 40_000);
  for (const client of everyone) expect(new Set(edits(client))).toEqual(new Set(typed));
  expect(edits(onDoomed[0] as TestClient)).toEqual(edits(onSurvivor[0] as TestClient));
});
