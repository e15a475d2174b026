// Instances deliver an update to the other instances before writing it, so the instance a writer is connected
// to may die (SIGKILL) right after a reader on another instance saw the edit, before its own write: the edit
// must still reach the database (the other instance writes what it delivered), and survive the whole cluster
// restarting.
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { openPostgresStorage } from '../../server/storage/postgres/postgres';
import { documentRoom } from '../../shared/rooms';
import { sharedClusterPerFile, startInstance } from './cluster-fixture';
import { eventually, TEST_SECRET, type TestClient, tempDir } from './support/relay';

const cluster = sharedClusterPerFile();
const EDITS = 30;

const edits = (client: TestClient) => client.doc.getArray<string>('edits').toArray();

async function storedEdits(room: string): Promise<string[]> {
  const storage = await openPostgresStorage(cluster.database.url);
  try {
    const stored = await storage.rooms.loadRoom(room);
    const replica = new Y.Doc();
    for (const update of [stored.snapshot, ...stored.updates]) if (update) Y.applyUpdate(replica, update);
    return replica.getArray<string>('edits').toArray();
  } finally {
    await storage.close();
  }
}

test('an edit a reader on another instance saw is stored though the writer’s instance was killed', {
  timeout: 120_000,
}, async () => {
  const shared = { secret: TEST_SECRET, databaseUrl: cluster.database.url, redisUrl: cluster.redis.url };
  const writersInstance = await startInstance({ ...shared, dataDir: tempDir() });
  const readersInstance = await startInstance({ ...shared, dataDir: tempDir() });
  cluster.stopLater(() => writersInstance.stop());
  cluster.stopLater(() => readersInstance.stop());

  const { token } = await cluster.member('editor', 'Editors');
  const room = documentRoom('ngo-network', 'killed-right-after-delivery');
  const writer = cluster.connect(writersInstance.wsUrl, room, token);
  const reader = cluster.connect(readersInstance.wsUrl, room, token);
  await Promise.all([writer.synced, reader.synced]);

  // A burst of typing; the writer's instance is killed in the same turn as the reader receives the last edit,
  // well within the 50 ms its own write waits.
  const typed = Array.from({ length: EDITS }, (_, index) => `edit-${index}`);
  const seenEverything = new Promise<void>((resolve) => {
    const check = () => {
      if (edits(reader).length < EDITS) return;
      writersInstance.child.kill('SIGKILL');
      reader.doc.off('update', check);
      resolve();
    };
    reader.doc.on('update', check);
  });
  for (const edit of typed) writer.doc.getArray<string>('edits').push([edit]);
  await seenEverything;
  await writersInstance.kill();
  writer.destroy();

  // The reader's instance writes what it delivered within its flush interval (50 ms; a second is plenty).
  await eventually(async () => (await storedEdits(room)).length === EDITS, 5_000);
  expect(new Set(await storedEdits(room))).toEqual(new Set(typed));

  // The whole cluster restarts: a fresh instance serves every edit to a new reader.
  await readersInstance.kill();
  const restarted = await startInstance({ ...shared, dataDir: tempDir() });
  cluster.stopLater(() => restarted.stop());
  const later = cluster.connect(restarted.wsUrl, room, token);
  await later.synced;
  expect(new Set(edits(later))).toEqual(new Set(typed));
});
