// Numbered schema steps for the SQLite file, tracked in its user_version: a data folder made by an older relay
// is brought up to date when it is opened, and a shipped step is never edited (a change is a new step).
import type Database from 'better-sqlite3';

const STEPS: readonly string[] = [
  // 1: rooms, members and invites (IF NOT EXISTS: the first relays created these without numbering them).
  `
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
);`,
  // 2: spaces, setup codes, invite ids and revocation, named versions. Existing invites get random ids.
  `
CREATE TABLE spaces (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  languages TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  created_by TEXT
);
CREATE TABLE setup_codes (
  code_hash TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);
ALTER TABLE invites ADD COLUMN id TEXT;
ALTER TABLE invites ADD COLUMN revoked_at INTEGER;
UPDATE invites SET id = lower(hex(randomblob(16))) WHERE id IS NULL;
CREATE UNIQUE INDEX invites_by_id ON invites (id);
CREATE INDEX invites_by_space ON invites (space, created_at);
CREATE TABLE versions (
  id TEXT NOT NULL,
  room TEXT NOT NULL,
  name TEXT NOT NULL,
  created_by TEXT,
  created_at INTEGER NOT NULL,
  state BLOB NOT NULL,
  PRIMARY KEY (room, id)
);`,
  // 3: the room log keyed by (room, seq), numbered per room, without a rowid. Each append wrote three or four
  // pages (the table's last page, its AUTOINCREMENT sequence row and the room's page of the separate index);
  // now it writes the room's page alone. The old rows keep their numbers, which the snapshots' through_seq name.
  `
CREATE TABLE room_log (
  room TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (room, seq)
) WITHOUT ROWID;
INSERT INTO room_log (room, seq, data) SELECT room, seq, data FROM room_updates;
DROP TABLE room_updates;`,
  // 4: one journal for every room's updates, numbered in the order they were appended, without an index by room
  // (rooms.ts says why). AUTOINCREMENT: a number is never given twice, even after the journal was emptied, so a
  // snapshot's through_seq never names a row appended after it. The rows a snapshot does not hold move over in each
  // room's order; as the new numbers start again, every snapshot holds none of them.
  `
CREATE TABLE room_journal (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL,
  data BLOB NOT NULL
);
INSERT INTO room_journal (room, data)
  SELECT l.room, l.data FROM room_log l LEFT JOIN room_snapshots s ON s.room = l.room
  WHERE l.seq > coalesce(s.through_seq, 0) ORDER BY l.room, l.seq;
UPDATE room_snapshots SET through_seq = 0;
DROP TABLE room_log;`,
];

export const SQLITE_SCHEMA_VERSION = STEPS.length;

/** Applies the steps the file lacks, all in one write transaction, so a relay and the CLI never both do. */
export function migrateSqlite(db: Database.Database): void {
  const current = () => Number(db.pragma('user_version', { simple: true }));
  if (current() === SQLITE_SCHEMA_VERSION) return;
  db.transaction(() => {
    // Read again inside the lock: another process may have migrated while this one waited.
    const version = current();
    if (version > SQLITE_SCHEMA_VERSION) {
      throw new Error(
        `the data folder's schema is at version ${version}, newer than this relay knows (${SQLITE_SCHEMA_VERSION}); upgrade the relay`,
      );
    }
    for (const step of STEPS.slice(version)) db.exec(step);
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION}`);
  }).immediate();
}
