// Named versions of rooms in SQLite: one row per version, its whole state in a BLOB.
import type Database from 'better-sqlite3';
import { toVersion, toVersionSummary, type VersionRow } from '../rows';
import { versionStatements } from '../statements';
import type { VersionStore } from '../storage';

const sql = versionStatements('sqlite');

export function sqliteVersionStore(db: Database.Database): VersionStore {
  const insert = db.prepare<[string, string, string, string | null, number, Uint8Array]>(sql.insertVersion);
  const selectAll = db.prepare<[string], VersionRow>(sql.selectVersions);
  const selectOne = db.prepare<[string, string], VersionRow>(sql.selectVersion);
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
