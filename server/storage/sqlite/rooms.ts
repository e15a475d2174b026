// The room log in SQLite: per room, a snapshot row and the updates logged after it, numbered per room in a table
// keyed (room, seq) without a rowid, so an append writes only the page that ends its room's log.
// Appends asked for in the same turn of the event loop (the rooms whose flush timers ran together) are committed
// in one transaction, in the check phase right after that turn: a commit costs more than its inserts, and the
// socket reads that turn brought are delivered before it. Each append is in the file before it resolves.
import type Database from 'better-sqlite3';
import type { RoomLog, StoredRoom } from '../storage';

interface QueuedAppend {
  room: string;
  updates: Uint8Array[];
  resolve(seq: number): void;
  reject(error: unknown): void;
}

export function sqliteRoomLog(db: Database.Database): RoomLog {
  const selectSnapshot = db.prepare<[string], { snapshot: Buffer; through_seq: number }>(
    'SELECT snapshot, through_seq FROM room_snapshots WHERE room = ?',
  );
  const selectUpdates = db.prepare<[string, number], { seq: number; data: Buffer }>(
    'SELECT seq, data FROM room_log WHERE room = ? AND seq > ? ORDER BY seq',
  );
  // A compacted room's log may be empty: its numbers go on after the snapshot's, which loading skips up to.
  const selectLastSeq = db
    .prepare<{ room: string }, number>(
      `SELECT max(coalesce((SELECT max(seq) FROM room_log WHERE room = @room), 0),
                  coalesce((SELECT through_seq FROM room_snapshots WHERE room = @room), 0))`,
    )
    .pluck();
  const insertUpdate = db.prepare<[string, number, Uint8Array]>(
    'INSERT INTO room_log (room, seq, data) VALUES (?, ?, ?)',
  );
  const upsertSnapshot = db.prepare<[string, Uint8Array, number, number]>(
    `INSERT INTO room_snapshots (room, snapshot, through_seq, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (room) DO UPDATE SET snapshot = excluded.snapshot, through_seq = excluded.through_seq,
     updated_at = excluded.updated_at`,
  );
  const deleteUpdates = db.prepare<[string, number]>('DELETE FROM room_log WHERE room = ? AND seq <= ?');

  const insertAll = (room: string, updates: Uint8Array[]): number => {
    let seq = selectLastSeq.get({ room }) ?? 0;
    for (const update of updates) {
      seq += 1;
      insertUpdate.run(room, seq, update);
    }
    return seq;
  };
  const append = db.transaction(insertAll);
  const appendGroup = db.transaction((group: QueuedAppend[]): number[] =>
    group.map(({ room, updates }) => insertAll(room, updates)),
  );

  let queued: QueuedAppend[] = [];
  const commitQueued = () => {
    const group = queued;
    queued = [];
    let seqs: number[];
    try {
      seqs = appendGroup(group);
    } catch {
      // The group rolled back: each room again on its own, so one failing room does not fail the others.
      for (const item of group) {
        try {
          item.resolve(append(item.room, item.updates));
        } catch (error) {
          item.reject(error);
        }
      }
      return;
    }
    for (const [index, item] of group.entries()) item.resolve(seqs[index] as number);
  };
  const compact = db.transaction((room: string, snapshot: Uint8Array, throughSeq: number) => {
    upsertSnapshot.run(room, snapshot, throughSeq, Date.now());
    deleteUpdates.run(room, throughSeq);
  });

  return {
    async loadRoom(room): Promise<StoredRoom> {
      const stored = selectSnapshot.get(room);
      const rows = selectUpdates.all(room, stored?.through_seq ?? 0);
      return {
        snapshot: stored ? new Uint8Array(stored.snapshot) : null,
        updates: rows.map((row) => new Uint8Array(row.data)),
        lastSeq: rows.at(-1)?.seq ?? stored?.through_seq ?? 0,
        updateBytes: rows.reduce((sum, row) => sum + row.data.byteLength, 0),
      };
    },
    appendUpdates(room, updates) {
      return new Promise<number>((resolve, reject) => {
        queued.push({ room, updates, resolve, reject });
        // After this turn's I/O callbacks and microtasks, in which other rooms' timers may append theirs.
        if (queued.length === 1) setImmediate(commitQueued);
      });
    },
    async compact(room, snapshot, throughSeq) {
      compact(room, snapshot, throughSeq);
    },
  };
}
