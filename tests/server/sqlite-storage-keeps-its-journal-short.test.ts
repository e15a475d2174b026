// The SQLite journal holds every room's updates in one table: rows a snapshot holds leave it from its head, a
// quiet room's old rows are carried forward so the head is not held back, and nothing a room needs is lost on the
// way, neither while the relay runs nor when it opens the file again.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import type { JournalLimits } from '../../server/storage/sqlite/rooms';
import { openSqliteStorage, SQLITE_FILE_NAME } from '../../server/storage/sqlite/sqlite';
import type { RelayStorage } from '../../server/storage/storage';
import { tempDir } from './support/relay';

const opened: RelayStorage[] = [];
const readers: Database.Database[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const reader of readers.splice(0)) reader.close();
  for (const storage of opened.splice(0)) await storage.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataFolder(): string {
  const dir = tempDir('commons-journal-');
  dirs.push(dir);
  return dir;
}

/** The folder's room log as the relay opens it, and the journal's rows as a second reader sees them. */
function roomLog(dataDir: string, limits: JournalLimits) {
  const storage = openSqliteStorage(dataDir, { journalLimits: limits });
  opened.push(storage);
  const reader = new Database(join(dataDir, SQLITE_FILE_NAME), { readonly: true });
  readers.push(reader);
  const rows = () =>
    reader.prepare('SELECT seq, room FROM room_journal ORDER BY seq').all() as {
      seq: number;
      room: string;
    }[];
  return { rooms: storage.rooms, rows };
}

const bytes = (...values: number[]) => Uint8Array.from(values);

test('rows a snapshot holds leave the journal once no room needs a row before them', async () => {
  const dataDir = dataFolder();
  const { rooms, rows } = roomLog(dataDir, { cutHeadAfterRows: 1, carryForwardAfterRows: 1_000 });
  const aSeq = await rooms.appendUpdates('s/doc/a', [bytes(1), bytes(2), bytes(3)]);
  const bSeq = await rooms.appendUpdates('s/doc/b', [bytes(4)]);
  const lastSeq = await rooms.appendUpdates('s/doc/a', [bytes(5)]);
  expect(rows()).toHaveLength(5);

  // a's snapshot holds its first three rows; b's row is the oldest one needed now.
  await rooms.compact('s/doc/a', bytes(9), aSeq);
  expect(rows().map((row) => row.room)).toEqual(['s/doc/b', 's/doc/a']);
  expect(await rooms.loadRoom('s/doc/a')).toMatchObject({ snapshot: bytes(9), updates: [bytes(5)] });

  await rooms.compact('s/doc/b', bytes(8), bSeq);
  expect(rows().map((row) => row.room)).toEqual(['s/doc/a']);
  expect(await rooms.loadRoom('s/doc/b')).toMatchObject({ snapshot: bytes(8), updates: [] });

  // Opened again (as after a crash): the same rows, numbered on from where they were.
  const again = roomLog(dataDir, { cutHeadAfterRows: 1, carryForwardAfterRows: 1_000 });
  expect(await again.rooms.loadRoom('s/doc/a')).toMatchObject({ snapshot: bytes(9), updates: [bytes(5)] });
  expect(await again.rooms.loadRoom('s/doc/b')).toMatchObject({ snapshot: bytes(8), updates: [] });
  expect(await again.rooms.appendUpdates('s/doc/b', [bytes(6)])).toBeGreaterThan(lastSeq);
});

test('folded rows still in the journal are not loaded again when the file is opened again', async () => {
  const dataDir = dataFolder();
  // The head is only cut after 100 folded rows: these stay in the journal.
  const { rooms, rows } = roomLog(dataDir, { cutHeadAfterRows: 100, carryForwardAfterRows: 1_000 });
  const seq = await rooms.appendUpdates('s/doc/a', [bytes(1), bytes(2)]);
  await rooms.compact('s/doc/a', bytes(9), seq);
  await rooms.appendUpdates('s/doc/a', [bytes(3)]);
  expect(rows()).toHaveLength(3);

  const again = roomLog(dataDir, { cutHeadAfterRows: 100, carryForwardAfterRows: 1_000 });
  expect(await again.rooms.loadRoom('s/doc/a')).toMatchObject({ snapshot: bytes(9), updates: [bytes(3)] });
});

test("a quiet room's rows are carried forward so the journal stays short, and its snapshot folds them", async () => {
  const dataDir = dataFolder();
  const limits = { cutHeadAfterRows: 1, carryForwardAfterRows: 20 };
  const { rooms, rows } = roomLog(dataDir, limits);
  const quietSeq = await rooms.appendUpdates('s/doc/quiet', [bytes(1), bytes(2)]);
  // A busy room appends 200 rows and compacts every 5; the quiet room says nothing more.
  for (let batch = 0; batch < 40; batch += 1) {
    const seq = await rooms.appendUpdates(
      's/doc/busy',
      [1, 2, 3, 4, 5].map((n) => bytes(batch, n)),
    );
    await rooms.compact('s/doc/busy', bytes(batch), seq);
  }
  const journal = rows();
  expect(journal.length).toBeLessThanOrEqual(limits.carryForwardAfterRows);
  expect(journal.filter((row) => row.room === 's/doc/quiet')).toHaveLength(2);
  // Its rows moved: the first row it was given is long gone from the journal.
  expect(journal[0]?.seq).toBeGreaterThan(quietSeq);
  expect((await rooms.loadRoom('s/doc/quiet')).updates).toEqual([bytes(1), bytes(2)]);
  expect((await roomLog(dataDir, limits).rooms.loadRoom('s/doc/quiet')).updates).toEqual([
    bytes(1),
    bytes(2),
  ]);

  // The room compacts through the number it was given; the copies are folded and leave the journal.
  await rooms.compact('s/doc/quiet', bytes(7), quietSeq);
  expect(await rooms.loadRoom('s/doc/quiet')).toMatchObject({ snapshot: bytes(7), updates: [] });
  expect(rows().filter((row) => row.room === 's/doc/quiet')).toEqual([]);
});
