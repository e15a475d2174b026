// The room log in PostgreSQL: an append-only update table every instance inserts into, and one compacted
// snapshot per room. Safe with several relay instances writing the same rooms.
import type pg from 'pg';
import * as Y from 'yjs';
import type { RoomLog, StoredRoom } from '../storage';
import { LOCK_NAMESPACE } from './migrations';
import { bytes, inTransaction, toBuffer } from './transaction';

// Room locks get their own key space, so a room's hash can never equal the migration lock.
const ROOM_LOCKS = LOCK_NAMESPACE + 1;

interface UpdateRow {
  seq: string;
  data: Buffer;
}

/** Merges Yjs updates through a document, so the stored snapshot is as compact as a live document's. */
function mergeIntoSnapshot(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.transact(doc, () => {
      for (const update of updates) {
        try {
          Y.applyUpdate(doc, update);
        } catch {
          // A damaged entry is skipped here exactly as Room.load skips it; the rest stays readable.
        }
      }
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

export function postgresRoomLog(pool: pg.Pool): RoomLog {
  return {
    async loadRoom(room): Promise<StoredRoom> {
      // One consistent view: a compaction committing meanwhile is seen entirely or not at all.
      return inTransaction(pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async (client) => {
        const snapshot = await client.query<{ snapshot: Buffer; through_seq: string }>(
          'SELECT snapshot, through_seq FROM room_snapshots WHERE room = $1',
          [room],
        );
        // Every remaining row, not only seq > through_seq: a row whose seq was taken before a compaction but
        // committed after it was not merged, and must still be read (compaction deletes exactly what it merged).
        const log = await client.query<UpdateRow>(
          'SELECT seq, data FROM room_updates WHERE room = $1 ORDER BY seq',
          [room],
        );
        const stored = snapshot.rows[0];
        const lastLogged = log.rows.at(-1);
        return {
          snapshot: stored ? bytes(stored.snapshot) : null,
          updates: log.rows.map((row) => bytes(row.data)),
          lastSeq: Math.max(Number(lastLogged?.seq ?? 0), Number(stored?.through_seq ?? 0)),
          updateBytes: log.rows.reduce((sum, row) => sum + row.data.byteLength, 0),
        };
      });
    },

    async appendUpdates(room, updates) {
      if (updates.length === 0) return 0;
      // One statement, so the batch is stored entirely or not at all.
      const { rows } = await pool.query<{ seq: string }>(
        `INSERT INTO room_updates (room, data, created_at)
         SELECT $1, data, $3 FROM unnest($2::bytea[]) AS data RETURNING seq`,
        [room, updates.map(toBuffer), Date.now()],
      );
      return Math.max(...rows.map((row) => Number(row.seq)));
    },

    async compact(room, snapshot, throughSeq) {
      await inTransaction(pool, 'BEGIN', async (client) => {
        // One compaction per room at a time, across every instance.
        await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ROOM_LOCKS, room]);
        const stored = await client.query<{ snapshot: Buffer; through_seq: string }>(
          'SELECT snapshot, through_seq FROM room_snapshots WHERE room = $1',
          [room],
        );
        const log = await client.query<UpdateRow>(
          'SELECT seq, data FROM room_updates WHERE room = $1 AND seq <= $2 ORDER BY seq',
          [room, throughSeq],
        );
        // The caller's document may lack what another instance stored (a snapshot it compacted, or log rows it
        // never heard of), so the new snapshot merges everything it replaces: nothing stored is ever dropped.
        const previous = stored.rows[0];
        const merged = mergeIntoSnapshot([
          ...(previous ? [bytes(previous.snapshot)] : []),
          ...log.rows.map((row) => bytes(row.data)),
          snapshot,
        ]);
        const through = Math.max(throughSeq, Number(previous?.through_seq ?? 0));
        await client.query(
          `INSERT INTO room_snapshots (room, snapshot, through_seq, updated_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (room) DO UPDATE SET snapshot = excluded.snapshot, through_seq = excluded.through_seq,
           updated_at = excluded.updated_at`,
          [room, toBuffer(merged), through, Date.now()],
        );
        // Only the rows merged above: a row committed after our read stays in the log.
        await client.query('DELETE FROM room_updates WHERE seq = ANY($1::bigint[])', [
          log.rows.map((row) => row.seq),
        ]);
      });
    },
  };
}
