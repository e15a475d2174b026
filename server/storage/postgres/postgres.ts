// PostgreSQL backend (pg Pool) for relays that share one database: the room log, members and versions.
// Only the types at load time: pg itself is loaded when a PostgreSQL URL is given (a local relay never needs it).
import type { RelayStorage } from '../storage';
import { postgresMemberStore } from './members';
import { migrate } from './migrations';
import { postgresRoomLog } from './rooms';
import { postgresVersionStore } from './versions';

/** Connects, applies migrations, and returns the storage. */
export async function openPostgresStorage(databaseUrl: string): Promise<RelayStorage> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // A pooled connection that breaks while idle (database restart) is dropped by the pool and replaced on the
  // next query; without a listener the error event would crash the relay.
  pool.on('error', () => {});
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw new Error(`could not open the PostgreSQL database: ${(error as Error).message}`);
  }
  let closed = false;
  return {
    rooms: postgresRoomLog(pool),
    members: postgresMemberStore(pool),
    versions: postgresVersionStore(pool),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
