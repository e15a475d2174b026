// Named versions of rooms in SQLite: one row per version, its whole state in a BLOB.
import type Database from 'better-sqlite3';
import {
  placeholders,
  toVersion,
  toVersionSummary,
  VERSION_COLUMNS,
  VERSION_SUMMARY_COLUMNS,
  type VersionRow,
} from '../rows';
import type { VersionStore } from '../storage';

export function sqliteVersionStore(db: Database.Database): VersionStore {
  const insert = db.prepare<[string, string, string, string | null, number, Uint8Array]>(
    `INSERT INTO versions (${VERSION_COLUMNS}) VALUES (${placeholders(6, 'sqlite')})`,
  );
  const selectAll = db.prepare<[string], VersionRow>(
    `SELECT ${VERSION_SUMMARY_COLUMNS} FROM versions WHERE room = ? ORDER BY created_at, id`,
  );
  const selectOne = db.prepare<[string, string], VersionRow>(
    `SELECT ${VERSION_COLUMNS} FROM versions WHERE room = ? AND id = ?`,
  );
  return {
    async saveVersion(version) {
      insert.run(version.id, version.room, version.name, version.createdBy, version.createdAt, version.state);
    },
    async listVersions(room) {
      return selectAll.all(room).map(toVersionSummary);
    },
    async loadVersion(room, id) {
      const row = selectOne.get(room, id);
      return row ? toVersion(row) : null;
    },
  };
}
