// PostgreSQL backend (pg Pool) for relays that share one database: an append-only update log per room plus
// one compacted snapshot, members and invites. Safe with several relay instances writing the same rooms.
// Only the types at load time: pg itself is loaded when a PostgreSQL URL is given (a SQLite relay never needs it).
import type pg from 'pg';
import * as Y from 'yjs';
import { isRole } from '../../shared/roles';
import { LOCK_NAMESPACE, migrate } from './postgres-migrations';
import { INVITE_COLUMNS, inviteValues, MEMBER_COLUMNS, type MemberRow, memberValues, toMember } from './rows';
import type { Invite, InviteRedemption, RelayStorage, StoredRoom } from './storage';

// Room locks get their own key space, so a room's hash can never equal the migration lock.
const ROOM_LOCKS = LOCK_NAMESPACE + 1;

interface InviteRow {
  role: string;
  expires_at: string | null;
  max_uses: number | null;
  uses: number;
}

interface UpdateRow {
  seq: string;
  data: Buffer;
}

// BIGINT arrives as a string from pg; our sequence numbers and millisecond times fit a double exactly.
const toNumber = (value: string | null): number | null => (value === null ? null : Number(value));

const bytes = (buffer: Buffer): Uint8Array =>
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

/** Runs `work` in one transaction on one pooled connection. */
async function inTransaction<T>(
  pool: pg.Pool,
  begin: string,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
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
      const now = Date.now();
      const { rows } = await pool.query<{ seq: string }>(
        `INSERT INTO room_updates (room, data, created_at)
         SELECT $1, data, $3 FROM unnest($2::bytea[]) AS data RETURNING seq`,
        [
          room,
          updates.map((update) => Buffer.from(update.buffer, update.byteOffset, update.byteLength)),
          now,
        ],
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
          [room, Buffer.from(merged.buffer, merged.byteOffset, merged.byteLength), through, Date.now()],
        );
        // Only the rows merged above: a row committed after our read stays in the log.
        await client.query('DELETE FROM room_updates WHERE seq = ANY($1::bigint[])', [
          log.rows.map((row) => row.seq),
        ]);
      });
    },

    async addMember(member) {
      await pool.query(`INSERT INTO members (${MEMBER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)`, [
        ...memberValues(member),
      ]);
    },

    async getMember(id) {
      const { rows } = await pool.query<MemberRow>('SELECT * FROM members WHERE id = $1', [id]);
      return rows[0] ? toMember(rows[0]) : null;
    },

    async listMembers(space) {
      const { rows } = await pool.query<MemberRow>(
        'SELECT * FROM members WHERE space = $1 ORDER BY created_at, id',
        [space],
      );
      return rows.map(toMember);
    },

    async revokeMember(space, id, at) {
      const result = await pool.query(
        'UPDATE members SET revoked_at = COALESCE(revoked_at, $1) WHERE space = $2 AND id = $3',
        [at, space, id],
      );
      return (result.rowCount ?? 0) > 0;
    },

    async revokedAmong(ids) {
      if (ids.length === 0) return [];
      const { rows } = await pool.query<{ id: string }>(
        'SELECT id FROM members WHERE revoked_at IS NOT NULL AND id = ANY($1::text[])',
        [ids],
      );
      return rows.map((row) => row.id);
    },

    async createInvite(invite: Invite) {
      await pool.query(`INSERT INTO invites (${INVITE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
        ...inviteValues(invite),
      ]);
    },

    async redeemInvite(space, codeHash, now): Promise<InviteRedemption> {
      // The check and the count are one statement, so two people redeeming the last use cannot both succeed.
      const redeemed = await pool.query<{ role: string }>(
        `UPDATE invites SET uses = uses + 1
         WHERE space = $1 AND code_hash = $2 AND (expires_at IS NULL OR expires_at > $3)
           AND (max_uses IS NULL OR uses < max_uses)
         RETURNING role`,
        [space, codeHash, now],
      );
      const role = redeemed.rows[0]?.role;
      if (role !== undefined) {
        return isRole(role) ? { ok: true, role } : { ok: false, reason: 'unknown' };
      }
      const { rows } = await pool.query<InviteRow>(
        'SELECT role, expires_at, max_uses, uses FROM invites WHERE space = $1 AND code_hash = $2',
        [space, codeHash],
      );
      const row = rows[0];
      if (!row || !isRole(row.role)) return { ok: false, reason: 'unknown' };
      const expiresAt = toNumber(row.expires_at);
      if (expiresAt !== null && expiresAt <= now) return { ok: false, reason: 'expired' };
      return { ok: false, reason: 'used-up' };
    },

    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
