// Named versions of rooms in PostgreSQL: one row per version, its whole state in a BYTEA.
import type pg from 'pg';
import { toVersion, toVersionSummary, type VersionRow } from '../rows';
import { versionStatements } from '../statements';
import type { VersionStore } from '../storage';
import { toBuffer } from './transaction';

const sql = versionStatements('postgres');

export function postgresVersionStore(pool: pg.Pool): VersionStore {
  return {
    async saveVersion(version) {
      await pool.query(sql.insertVersion, [
        version.id,
        version.room,
        version.name,
        version.createdBy,
        version.createdAt,
        toBuffer(version.state),
      ]);
    },
    async listVersions(room) {
      const { rows } = await pool.query<VersionRow>(sql.selectVersions, [room]);
      return rows.map(toVersionSummary);
    },
    async loadVersion(room, id) {
      const { rows } = await pool.query<VersionRow>(sql.selectVersion, [room, id]);
      return rows[0] ? toVersion(rows[0]) : null;
    },
  };
}
