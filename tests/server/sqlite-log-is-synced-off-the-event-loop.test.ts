// The SQLite write-ahead log is synced to disk in the background after a commit, at most once an interval, so a
// checkpoint on the event loop finds little left to sync (server/storage/sqlite/wal-flusher.ts). What the relay
// relies on: the room log reports each commit, a commit starts a sync unless one ran within the interval or is
// running, a missing log is no error, and closing lets go of the log before the database closes and deletes it.
import { existsSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { migrateSqlite } from '../../server/storage/sqlite/migrations';
import { sqliteRoomLog } from '../../server/storage/sqlite/rooms';
import { openSqliteStorage, SQLITE_FILE_NAME } from '../../server/storage/sqlite/sqlite';
import { WalFlusher } from '../../server/storage/sqlite/wal-flusher';
import { tempDir } from './support/relay';

const cleanups: (() => void | Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A database in WAL mode, as the relay opens it, with a table to write to. */
function walDatabase() {
  const dir = tempDir('commons-wal-flush-');
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'relay.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE notes (text TEXT)');
  cleanups.push(() => {
    if (db.open) db.close();
  });
  const write = (text: string) => db.prepare('INSERT INTO notes (text) VALUES (?)').run(text);
  return { db, file, write };
}

test('a commit syncs the log, and commits within the next interval do not sync it again', async () => {
  const { file, write } = walDatabase();
  const flusher = new WalFlusher(`${file}-wal`, 200);
  cleanups.push(() => flusher.close());
  write('first');
  expect(await flusher.afterCommit()).toBe(true);
  write('second');
  expect(await flusher.afterCommit()).toBe(false);
  await new Promise((resolve) => setTimeout(resolve, 250));
  write('third');
  expect(await flusher.afterCommit()).toBe(true);
});

test('a commit while a sync runs does not start a second one', async () => {
  const { file, write } = walDatabase();
  const flusher = new WalFlusher(`${file}-wal`, 0);
  cleanups.push(() => flusher.close());
  write('first');
  const first = flusher.afterCommit();
  write('second');
  expect(await flusher.afterCommit()).toBe(false);
  expect(await first).toBe(true);
});

test('the room log reports each commit: one for the appends of a turn, one for a compaction', async () => {
  const dataDir = tempDir('commons-wal-flush-');
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const db = new Database(join(dataDir, 'relay.sqlite'));
  cleanups.push(() => {
    if (db.open) db.close();
  });
  db.pragma('journal_mode = WAL');
  migrateSqlite(db);
  let commits = 0;
  const log = sqliteRoomLog(db, undefined, () => {
    commits += 1;
  });
  await Promise.all([
    log.appendUpdates('space/doc/a', [Uint8Array.of(1)]),
    log.appendUpdates('space/doc/b', [Uint8Array.of(2)]),
  ]);
  // Both rooms' appends went in one commit.
  expect(commits).toBe(1);
  await log.compact('space/doc/a', Uint8Array.of(1), 1);
  expect(commits).toBe(2);
});

test('a log that does not exist yet is not an error, and is synced once the database writes it', async () => {
  const dir = tempDir('commons-wal-flush-');
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'later.sqlite');
  const flusher = new WalFlusher(`${file}-wal`, 0);
  cleanups.push(() => flusher.close());
  expect(await flusher.afterCommit()).toBe(false);
  const db = new Database(file);
  cleanups.push(() => {
    db.close();
  });
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE notes (text TEXT)');
  expect(await flusher.afterCommit()).toBe(true);
});

/** Open descriptors of this process that point at `path` (a deleted file's links end in " (deleted)"). */
const descriptorsOf = (path: string) =>
  readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).startsWith(path);
    } catch {
      return false;
    }
  });

test('closing the storage keeps every update, and the database then copies in and removes its log', async () => {
  const dataDir = tempDir('commons-wal-flush-');
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const storage = openSqliteStorage(dataDir);
  const updates = Array.from({ length: 50 }, (_, index) => Uint8Array.from([index, 7]));
  await storage.rooms.appendUpdates('space/doc/notes', updates);
  await storage.close();
  const log = join(dataDir, `${SQLITE_FILE_NAME}-wal`);
  expect(existsSync(log)).toBe(false);
  expect(descriptorsOf(log)).toEqual([]);
  const reopened = openSqliteStorage(dataDir);
  cleanups.push(() => reopened.close());
  expect((await reopened.rooms.loadRoom('space/doc/notes')).updates).toEqual(updates);
});

test('a flusher closed while its sync runs lets go of the log and flushes no more', async () => {
  const { db, file, write } = walDatabase();
  const flusher = new WalFlusher(`${file}-wal`, 0);
  write('last words');
  const running = flusher.afterCommit();
  await flusher.close();
  await running;
  write('after close');
  expect(await flusher.afterCommit()).toBe(false);
  db.close();
  // Had the flusher kept its handle, the deleted log would still be open here.
  expect(descriptorsOf(`${file}-wal`)).toEqual([]);
});
