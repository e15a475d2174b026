// SQLite backend (better-sqlite3, WAL): a per-room update log plus one compacted snapshot per room,
// members and invites. Statements run synchronously, so each append is on disk before it resolves.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { isRole } from '../../shared/roles';
import { INVITE_COLUMNS, inviteValues, MEMBER_COLUMNS, type MemberRow, memberValues, toMember } from './rows';
import type { Invite, InviteRedemption, RelayStorage, StoredRoom } from './storage';

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS room_snapshots (
  room TEXT PRIMARY KEY,
  snapshot BLOB NOT NULL,
  through_seq INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS room_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL,
  data BLOB NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS room_updates_by_room ON room_updates (room, seq);
CREATE TABLE IF NOT EXISTS members (
  id TEXT PRIMARY KEY,
  space TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
);
CREATE INDEX IF NOT EXISTS members_by_space ON members (space);
CREATE TABLE IF NOT EXISTS invites (
  code_hash TEXT PRIMARY KEY,
  space TEXT NOT NULL,
  role TEXT NOT NULL,
  created_by TEXT,
  created_at INTEGER NOT NULL,
  expires_at INTEGER,
  max_uses INTEGER,
  uses INTEGER NOT NULL DEFAULT 0
);
`;

interface InviteRow {
  role: string;
  expires_at: number | null;
  max_uses: number | null;
  uses: number;
}

export const SQLITE_FILE_NAME = 'relay.sqlite';

export function openSqliteStorage(dataDir: string): RelayStorage {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, SQLITE_FILE_NAME));
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode survives a process crash (the OS holds the WAL); only power loss can drop the tail.
  db.pragma('synchronous = NORMAL');
  // The CLI may write members and invites while a relay process holds the same file.
  db.pragma('busy_timeout = 5000');
  if (db.pragma('user_version', { simple: true }) !== SCHEMA_VERSION) {
    db.exec(SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }

  const selectSnapshot = db.prepare<[string], { snapshot: Buffer; through_seq: number }>(
    'SELECT snapshot, through_seq FROM room_snapshots WHERE room = ?',
  );
  const selectUpdates = db.prepare<[string, number], { seq: number; data: Buffer }>(
    'SELECT seq, data FROM room_updates WHERE room = ? AND seq > ? ORDER BY seq',
  );
  const insertUpdate = db.prepare<[string, Uint8Array, number]>(
    'INSERT INTO room_updates (room, data, created_at) VALUES (?, ?, ?)',
  );
  const upsertSnapshot = db.prepare<[string, Uint8Array, number, number]>(
    `INSERT INTO room_snapshots (room, snapshot, through_seq, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (room) DO UPDATE SET snapshot = excluded.snapshot, through_seq = excluded.through_seq,
     updated_at = excluded.updated_at`,
  );
  const deleteUpdates = db.prepare<[string, number]>('DELETE FROM room_updates WHERE room = ? AND seq <= ?');
  const insertMember = db.prepare<[string, string, string, string, number, number | null]>(
    `INSERT INTO members (${MEMBER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const selectMember = db.prepare<[string], MemberRow>('SELECT * FROM members WHERE id = ?');
  const selectMembers = db.prepare<[string], MemberRow>(
    'SELECT * FROM members WHERE space = ? ORDER BY created_at, id',
  );
  const revoke = db.prepare<[number, string, string]>(
    'UPDATE members SET revoked_at = COALESCE(revoked_at, ?) WHERE space = ? AND id = ?',
  );
  const insertInvite = db.prepare<
    [string, string, string, string | null, number, number | null, number | null, number]
  >(`INSERT INTO invites (${INVITE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const selectInvite = db.prepare<[string, string], InviteRow>(
    'SELECT role, expires_at, max_uses, uses FROM invites WHERE space = ? AND code_hash = ?',
  );
  const countUse = db.prepare<[string]>('UPDATE invites SET uses = uses + 1 WHERE code_hash = ?');

  const append = db.transaction((room: string, updates: Uint8Array[]): number => {
    let seq = 0;
    const now = Date.now();
    for (const update of updates) seq = Number(insertUpdate.run(room, update, now).lastInsertRowid);
    return seq;
  });
  const compact = db.transaction((room: string, snapshot: Uint8Array, throughSeq: number) => {
    upsertSnapshot.run(room, snapshot, throughSeq, Date.now());
    deleteUpdates.run(room, throughSeq);
  });
  const redeem = db.transaction((space: string, codeHash: string, now: number): InviteRedemption => {
    const row = selectInvite.get(space, codeHash);
    if (!row || !isRole(row.role)) return { ok: false, reason: 'unknown' };
    if (row.expires_at !== null && row.expires_at <= now) return { ok: false, reason: 'expired' };
    if (row.max_uses !== null && row.uses >= row.max_uses) return { ok: false, reason: 'used-up' };
    countUse.run(codeHash);
    return { ok: true, role: row.role };
  });

  return {
    async loadRoom(room: string): Promise<StoredRoom> {
      const stored = selectSnapshot.get(room);
      const rows = selectUpdates.all(room, stored?.through_seq ?? 0);
      return {
        snapshot: stored ? new Uint8Array(stored.snapshot) : null,
        updates: rows.map((row) => new Uint8Array(row.data)),
        lastSeq: rows.at(-1)?.seq ?? stored?.through_seq ?? 0,
        updateBytes: rows.reduce((sum, row) => sum + row.data.byteLength, 0),
      };
    },
    async appendUpdates(room, updates) {
      return append(room, updates);
    },
    async compact(room, snapshot, throughSeq) {
      compact(room, snapshot, throughSeq);
    },
    async addMember(member) {
      insertMember.run(...memberValues(member));
    },
    async getMember(id) {
      const row = selectMember.get(id);
      return row ? toMember(row) : null;
    },
    async listMembers(space) {
      return selectMembers.all(space).map(toMember);
    },
    async revokeMember(space, id, at) {
      return revoke.run(at, space, id).changes > 0;
    },
    async revokedAmong(ids) {
      const revoked: string[] = [];
      // SQLite caps the number of bound parameters, so ask in slices.
      for (let start = 0; start < ids.length; start += 500) {
        const slice = ids.slice(start, start + 500);
        const placeholders = slice.map(() => '?').join(',');
        const rows = db
          .prepare<string[], { id: string }>(
            `SELECT id FROM members WHERE revoked_at IS NOT NULL AND id IN (${placeholders})`,
          )
          .all(...slice);
        revoked.push(...rows.map((row) => row.id));
      }
      return revoked;
    },
    async createInvite(invite: Invite) {
      insertInvite.run(...inviteValues(invite));
    },
    async redeemInvite(space, codeHash, now) {
      return redeem(space, codeHash, now);
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
