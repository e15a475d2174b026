// Numbered schema migrations for the PostgreSQL backend, applied once each, in order, inside one transaction
// that holds an advisory lock, so two relay instances (or a relay and the CLI) starting together never race.
import type { Pool } from 'pg';

/** Append only: a shipped migration is never edited, a change is a new entry. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'rooms, members and invites',
    sql: `
CREATE TABLE room_snapshots (
  room TEXT PRIMARY KEY,
  snapshot BYTEA NOT NULL,
  through_seq BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
-- Append only: every instance inserts, nobody updates, so concurrent writers never overwrite each other.
CREATE TABLE room_updates (
  seq BIGSERIAL PRIMARY KEY,
  room TEXT NOT NULL,
  data BYTEA NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX room_updates_by_room ON room_updates (room, seq);
CREATE TABLE members (
  id TEXT PRIMARY KEY,
  space TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  revoked_at BIGINT
);
CREATE INDEX members_by_space ON members (space);
CREATE TABLE invites (
  code_hash TEXT PRIMARY KEY,
  space TEXT NOT NULL,
  role TEXT NOT NULL,
  created_by TEXT,
  created_at BIGINT NOT NULL,
  expires_at BIGINT,
  max_uses INTEGER,
  uses INTEGER NOT NULL DEFAULT 0
);`,
  },
  {
    version: 2,
    name: 'spaces, setup codes, invite ids and revocation, named versions',
    // Existing invites get random ids; md5 of random text, as gen_random_uuid() needs PostgreSQL 13.
    sql: `
CREATE TABLE spaces (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  languages TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT
);
CREATE TABLE setup_codes (
  code_hash TEXT PRIMARY KEY,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT
);
ALTER TABLE invites ADD COLUMN id TEXT;
ALTER TABLE invites ADD COLUMN revoked_at BIGINT;
UPDATE invites SET id = md5(random()::text || clock_timestamp()::text || code_hash) WHERE id IS NULL;
ALTER TABLE invites ALTER COLUMN id SET NOT NULL;
CREATE UNIQUE INDEX invites_by_id ON invites (id);
CREATE INDEX invites_by_space ON invites (space, created_at);
CREATE TABLE versions (
  id TEXT NOT NULL,
  room TEXT NOT NULL,
  name TEXT NOT NULL,
  created_by TEXT,
  created_at BIGINT NOT NULL,
  state BYTEA NOT NULL,
  PRIMARY KEY (room, id)
);`,
  },
];

/** Advisory lock keys: one namespace for Commons, then the lock's purpose. */
export const LOCK_NAMESPACE = 0x636f6d6d; // "comm"
const MIGRATION_LOCK = 1;

/** Brings the schema up to date; resolves with the versions it applied (none when already current). */
export async function migrate(pool: Pool): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Taken before anything else, so a second instance waits here until the first has committed.
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_NAMESPACE, MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const newest = Math.max(0, ...applied);
    const known = Math.max(...MIGRATIONS.map((migration) => migration.version));
    if (newest > known) {
      throw new Error(
        `the database schema is at version ${newest}, newer than this relay knows (${known}); upgrade the relay`,
      );
    }
    const done: number[] = [];
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      done.push(migration.version);
    }
    await client.query('COMMIT');
    return done;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
