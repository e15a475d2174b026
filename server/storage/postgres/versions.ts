// Named versions of rooms in PostgreSQL: one row per version, its whole state in a BYTEA.
import type pg from 'pg';
import {
  placeholders,
  toVersion,
  toVersionSummary,
  VERSION_COLUMNS,
  VERSION_SUMMARY_COLUMNS,
  type VersionRow,
} from '../rows';
import type { VersionStore } from '../storage';
import { toBuffer } from './transaction';

export function postgresVersionStore(pool: pg.Pool): VersionStore {
  return {
    async saveVersion(version) {
      await pool.query(`INSERT INTO versions (${VERSION_COLUMNS}) VALUES (${placeholders(6, 'postgres')})`, [
        version.id,
        version.room,
        version.name,
        version.createdBy,
        version.createdAt,
        toBuffer(version.state),
      ]);
    },
    async listVersions(room) {
      const { rows } = await pool.query<VersionRow>(
        `SELECT ${VERSION_SUMMARY_COLUMNS} FROM versions WHERE room = $1 ORDER BY created_at, id`,
        [room],
      );
      return rows.map(toVersionSummary);
    },
    async loadVersion(room, id) {
      const { rows } = await pool.query<VersionRow>(
        `SELECT ${VERSION_COLUMNS} FROM versions WHERE room = $1 AND id = $2`,
        [room, id],
      );
      return rows[0] ? toVersion(rows[0]) : null;
    },
  };
}
