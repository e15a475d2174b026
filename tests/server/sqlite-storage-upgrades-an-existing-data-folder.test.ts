// A data folder written before spaces, setup codes, invite ids and versions existed opens with the new relay:
// its rooms, members and invites are all still there, and each old invite gets an id owners can revoke it by.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { openSqliteStorage, SQLITE_FILE_NAME } from '../../server/storage/sqlite/sqlite';
import { tempDir } from './support/relay';

// The schema as the first relays wrote it (user_version 1).
const FIRST_SCHEMA = `
CREATE TABLE room_snapshots (room TEXT PRIMARY KEY, snapshot BLOB NOT NULL, through_seq INTEGER NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE TABLE room_updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, room TEXT NOT NULL, data BLOB NOT NULL,
  created_at INTEGER NOT NULL);
CREATE INDEX room_updates_by_room ON room_updates (room, seq);
CREATE TABLE members (id TEXT PRIMARY KEY, space TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
  created_at INTEGER NOT NULL, revoked_at INTEGER);
CREATE INDEX members_by_space ON members (space);
CREATE TABLE invites (code_hash TEXT PRIMARY KEY, space TEXT NOT NULL, role TEXT NOT NULL, created_by TEXT,
  created_at INTEGER NOT NULL, expires_at INTEGER, max_uses INTEGER, uses INTEGER NOT NULL DEFAULT 0);
PRAGMA user_version = 1;
`;

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

test('an old data folder keeps its rooms, members and invites, and its invites get ids', async () => {
  const dataDir = tempDir('commons-old-sqlite-');
  folders.push(dataDir);
  const old = new Database(join(dataDir, SQLITE_FILE_NAME));
  old.exec(FIRST_SCHEMA);
  old
    .prepare('INSERT INTO room_updates (room, data, created_at) VALUES (?, ?, ?)')
    .run('west-africa/index', Buffer.from([1, 2, 3]), 1);
  old
    .prepare('INSERT INTO members VALUES (?, ?, ?, ?, ?, NULL)')
    .run('ana', 'west-africa', 'Ana', 'owner', 1);
  const insertInvite = old.prepare('INSERT INTO invites VALUES (?, ?, ?, NULL, ?, NULL, ?, 0)');
  insertInvite.run('hash-a', 'west-africa', 'editor', 1, null);
  insertInvite.run('hash-b', 'west-africa', 'viewer', 2, 5);
  old.close();

  const storage = openSqliteStorage(dataDir);
  expect((await storage.rooms.loadRoom('west-africa/index')).updates).toEqual([new Uint8Array([1, 2, 3])]);
  expect((await storage.members.getMember('ana'))?.role).toBe('owner');
  expect(await storage.members.hasAnySpace()).toBe(true);
  const invites = await storage.members.listInvites('west-africa', Date.now());
  expect(invites.map((invite) => invite.codeHash)).toEqual(['hash-a', 'hash-b']);
  const [first, second] = invites.map((invite) => invite.id);
  expect(first).toMatch(/^[0-9a-f]{32}$/);
  expect(second).not.toBe(first);
  expect(await storage.members.redeemInvite('west-africa', 'hash-b', Date.now())).toEqual({
    ok: true,
    role: 'viewer',
  });
  await storage.close();

  // The ids stay what they were given; revoking by one stops that invite only.
  const reopened = openSqliteStorage(dataDir);
  expect((await reopened.members.listInvites('west-africa', Date.now())).map((invite) => invite.id)).toEqual([
    first,
    second,
  ]);
  expect(await reopened.members.revokeInvite('west-africa', first as string, Date.now())).toBe(true);
  expect(await reopened.members.redeemInvite('west-africa', 'hash-a', Date.now())).toEqual({
    ok: false,
    reason: 'unknown',
  });
  await reopened.close();
});

test('a data folder from a newer relay is refused with a clear message', () => {
  const dataDir = tempDir('commons-new-sqlite-');
  folders.push(dataDir);
  const newer = new Database(join(dataDir, SQLITE_FILE_NAME));
  newer.pragma('user_version = 99');
  newer.close();
  expect(() => openSqliteStorage(dataDir)).toThrow(/newer than this relay knows/);
});

test("an old room log keeps every room's updates and snapshot, and new updates are read after them", async () => {
  const dataDir = tempDir('commons-old-room-log-');
  folders.push(dataDir);
  const old = new Database(join(dataDir, SQLITE_FILE_NAME));
  old.exec(FIRST_SCHEMA);
  // Numbered across rooms, as the first relays did: room a holds 1 and 3 (1 folded into its snapshot), b holds 2.
  const insert = old.prepare('INSERT INTO room_updates (room, data, created_at) VALUES (?, ?, ?)');
  insert.run('west-africa/doc/a', Buffer.from([1]), 1);
  insert.run('west-africa/doc/b', Buffer.from([2]), 1);
  insert.run('west-africa/doc/a', Buffer.from([3]), 1);
  old
    .prepare('INSERT INTO room_snapshots VALUES (?, ?, ?, ?)')
    .run('west-africa/doc/a', Buffer.from([9]), 1, 1);
  old.close();

  const storage = openSqliteStorage(dataDir);
  const a = await storage.rooms.loadRoom('west-africa/doc/a');
  expect(a).toMatchObject({ snapshot: new Uint8Array([9]), updates: [new Uint8Array([3])] });
  expect((await storage.rooms.loadRoom('west-africa/doc/b')).updates).toEqual([new Uint8Array([2])]);
  const next = await storage.rooms.appendUpdates('west-africa/doc/a', [new Uint8Array([4])]);
  expect(next).toBeGreaterThan(a.lastSeq);
  await storage.close();

  const reopened = openSqliteStorage(dataDir);
  expect(await reopened.rooms.loadRoom('west-africa/doc/a')).toMatchObject({
    snapshot: new Uint8Array([9]),
    updates: [new Uint8Array([3]), new Uint8Array([4])],
    lastSeq: next,
  });
  await reopened.close();
});
