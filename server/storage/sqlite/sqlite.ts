// SQLite backend (better-sqlite3, WAL) in the data folder: the room log, members and versions in one file.
// Only loaded when chosen (see ../open.ts): it is a native module, built for Node and not for Electron.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_FILE_NAME } from '../data-folder';
import type { RelayStorage } from '../storage';
import { sqliteMemberStore } from './members';
import { migrateSqlite } from './migrations';
import { type JournalLimits, sqliteRoomLog } from './rooms';
import { sqliteVersionStore } from './versions';
import { WalFlusher } from './wal-flusher';

export { SQLITE_FILE_NAME };

export interface SqliteOptions {
  /** When the room journal's head moves (rooms.ts); the defaults unless a test needs small ones. */
  journalLimits?: JournalLimits;
  /** Whether the write-ahead log is synced in the background (wal-flusher.ts); off only for the bench's comparison. */
  syncLogInBackground?: boolean;
}

export function openSqliteStorage(
  dataDir: string,
  { journalLimits, syncLogInBackground = true }: SqliteOptions = {},
): RelayStorage {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, SQLITE_FILE_NAME);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode survives a process crash (the OS holds the WAL); only power loss can drop the tail.
    db.pragma('synchronous = NORMAL');
    // The CLI may write members and invites while a relay process holds the same file.
    db.pragma('busy_timeout = 5000');
    migrateSqlite(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const walFlusher = syncLogInBackground ? new WalFlusher(`${file}-wal`) : null;
  return {
    rooms: sqliteRoomLog(db, journalLimits, () => void walFlusher?.afterCommit()),
    members: sqliteMemberStore(db),
    versions: sqliteVersionStore(db),
    async close() {
      await walFlusher?.close();
      if (db.open) db.close();
    },
  };
}
