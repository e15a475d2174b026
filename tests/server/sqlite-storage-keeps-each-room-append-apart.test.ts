// Many rooms appending at once to the SQLite log: each append resolves with its own room's last sequence
// number, everything is there after reopening, and a room whose append cannot be written fails alone.
import { rmSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { openSqliteStorage } from '../../server/storage/sqlite/sqlite';
import { tempDir } from './support/relay';

const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const bytes = (...values: number[]) => Uint8Array.from(values);

test('appends of many rooms in one turn each resolve with their own last sequence and are all stored', async () => {
  const dataDir = tempDir('commons-sqlite-group-');
  dirs.push(dataDir);
  const storage = openSqliteStorage(dataDir);
  const rooms = Array.from({ length: 20 }, (_, index) => `space/doc/room-${index}`);
  const seqs = await Promise.all(
    rooms.map((room, index) => storage.rooms.appendUpdates(room, [bytes(index, 1), bytes(index, 2)])),
  );
  // Each room is told the number of its own last update, which it names when it compacts.
  expect(new Set(seqs).size).toBe(rooms.length);
  await storage.close();

  const reopened = openSqliteStorage(dataDir);
  for (const [index, room] of rooms.entries()) {
    const stored = await reopened.rooms.loadRoom(room);
    expect(stored.updates).toEqual([bytes(index, 1), bytes(index, 2)]);
    expect(stored.lastSeq).toBe(seqs[index]);
  }
  await reopened.close();
});

test("a room whose append cannot be written fails alone; the others' appends of the same turn are stored", async () => {
  const dataDir = tempDir('commons-sqlite-group-');
  dirs.push(dataDir);
  const storage = openSqliteStorage(dataDir);
  const unwritable = { not: 'bytes' } as unknown as Uint8Array;
  const [first, broken, last] = await Promise.allSettled([
    storage.rooms.appendUpdates('space/doc/first', [bytes(1)]),
    storage.rooms.appendUpdates('space/doc/broken', [bytes(2), unwritable]),
    storage.rooms.appendUpdates('space/doc/last', [bytes(3)]),
  ]);
  expect(first.status).toBe('fulfilled');
  expect(broken.status).toBe('rejected');
  expect(last.status).toBe('fulfilled');
  expect((await storage.rooms.loadRoom('space/doc/first')).updates).toEqual([bytes(1)]);
  expect((await storage.rooms.loadRoom('space/doc/last')).updates).toEqual([bytes(3)]);
  // The failed room's append is all or nothing: its first update is not stored without the second.
  expect((await storage.rooms.loadRoom('space/doc/broken')).updates).toEqual([]);
  await storage.close();
});
