// The room log in SQLite: per room a snapshot row, and one journal for the updates of every room, numbered in the
// order they were appended, without an index by room.
//
// Why one journal: a busy relay commits the appends of dozens of rooms together (see below). Kept apart per room
// (the table keyed by room and number before it), each room's rows sat on their own page, so a commit of 50 rooms
// of two updates each wrote some 55 pages (220 KiB) to the write-ahead log for 7 KiB of updates, and SQLite copied
// all of that into the file again at each checkpoint, some 15 ms on the event loop every second at the load bench.
// In one journal a commit writes the few pages its rows fill.
//
// Without an index, the relay knows in memory which rows each room still needs (live-rows.ts): found by scanning
// the journal once when the room log is first used, then kept as rooms append and compact. A compaction writes the
// snapshot and forgets the room's rows; the rows themselves are deleted from the journal's head once no room needs
// them, a contiguous delete instead of one scattered over every page the room's rows were on. A quiet room that
// keeps its old rows would hold the head back: once the journal is much longer than what rooms need, such rooms'
// rows are copied to new numbers and the head moves past them.
//
// One relay process owns the journal (the command line only touches members and invites). Appends asked for in the
// same turn of the event loop (the rooms whose flush timers ran together) are committed in one transaction, in the
// check phase right after that turn: a commit costs more than its inserts, and the socket reads that turn brought
// are delivered before it. Each append is in the file before it resolves.
import type Database from 'better-sqlite3';
import type { RoomLog, StoredRoom } from '../storage';
import { LiveRows } from './live-rows';

interface QueuedAppend {
  room: string;
  updates: Uint8Array[];
  resolve(seq: number): void;
  reject(error: unknown): void;
}

export interface JournalLimits {
  /** Rows no room needs that are deleted together from the journal's head (fewer wait for the next compaction). */
  cutHeadAfterRows: number;
  /** Journal length from which quiet rooms' old rows are copied forward, at least this and 8 times what rooms need. */
  carryForwardAfterRows: number;
}

const DEFAULT_LIMITS: JournalLimits = { cutHeadAfterRows: 1_000, carryForwardAfterRows: 100_000 };

/** `afterCommit`: called once each append group or compaction is committed (the relay syncs the log then). */
export function sqliteRoomLog(
  db: Database.Database,
  limits: JournalLimits = DEFAULT_LIMITS,
  afterCommit: () => void = () => {},
): RoomLog {
  const selectSnapshot = db.prepare<[string], { snapshot: Buffer; through_seq: number }>(
    'SELECT snapshot, through_seq FROM room_snapshots WHERE room = ?',
  );
  const selectRun = db
    .prepare<[number, number, string], Buffer>(
      'SELECT data FROM room_journal WHERE seq BETWEEN ? AND ? AND room = ? ORDER BY seq',
    )
    .pluck();
  const insertUpdate = db.prepare<[string, Uint8Array]>(
    'INSERT INTO room_journal (room, data) VALUES (?, ?)',
  );
  const copyRun = db.prepare<[number, number, string]>(
    `INSERT INTO room_journal (room, data)
     SELECT room, data FROM room_journal WHERE seq BETWEEN ? AND ? AND room = ? ORDER BY seq`,
  );
  const cutHead = db.prepare<[number]>('DELETE FROM room_journal WHERE seq < ?');
  const upsertSnapshot = db.prepare<[string, Uint8Array, number, number]>(
    `INSERT INTO room_snapshots (room, snapshot, through_seq, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (room) DO UPDATE SET snapshot = excluded.snapshot, through_seq = excluded.through_seq,
     updated_at = excluded.updated_at`,
  );

  /** The journal as this process knows it; read on first use, so the command line never scans it. */
  let journal: { live: LiveRows; head: number; newest: number } | null = null;
  const known = () => {
    if (journal) return journal;
    const live = new LiveRows();
    // Rows a snapshot already holds are skipped: they wait for the head to be cut.
    const rows = db
      .prepare<[], { seq: number; room: string }>(
        `SELECT j.seq, j.room FROM room_journal j LEFT JOIN room_snapshots s ON s.room = j.room
         WHERE j.seq > coalesce(s.through_seq, 0) ORDER BY j.seq`,
      )
      .iterate();
    for (const { seq, room } of rows) live.add(room, seq, seq);
    const bounds = db
      .prepare<[], { head: number | null; newest: number | null }>(
        'SELECT min(seq) AS head, max(seq) AS newest FROM room_journal',
      )
      .get();
    journal = { live, head: bounds?.head ?? 1, newest: bounds?.newest ?? 0 };
    return journal;
  };

  /** Inserts a room's updates, numbered in a row; returns the first and last number. */
  const insertAll = (room: string, updates: Uint8Array[]): [number, number] => {
    let first = 0;
    let last = 0;
    for (const update of updates) {
      last = Number(insertUpdate.run(room, update).lastInsertRowid);
      if (first === 0) first = last;
    }
    return [first, last];
  };
  const append = db.transaction(insertAll);
  const appendGroup = db.transaction((group: QueuedAppend[]) =>
    group.map(({ room, updates }) => insertAll(room, updates)),
  );
  const appended = (room: string, [first, last]: [number, number]): number => {
    const state = known();
    if (last === 0) return state.live.newest(room);
    state.live.add(room, first, last);
    state.newest = last;
    return last;
  };

  let queued: QueuedAppend[] = [];
  const commitQueued = () => {
    // Read before inserting: the scan would otherwise count these rows, which are added as they resolve.
    known();
    const group = queued;
    queued = [];
    let numbers: [number, number][] | null = null;
    try {
      numbers = appendGroup(group);
    } catch {
      // The group rolled back: each room again on its own below, so one failing room does not fail the others.
    }
    for (const [index, item] of group.entries()) {
      try {
        item.resolve(appended(item.room, numbers?.[index] ?? append(item.room, item.updates)));
      } catch (error) {
        item.reject(error);
      }
    }
    keepJournalShort({ folded: false });
    afterCommit();
  };

  /** Copies the rows of rooms that hold the head back to new numbers; returns each room's new run. */
  const carryForward = db.transaction((rooms: string[], live: LiveRows) =>
    rooms.map((room) => {
      let first = 0;
      let last = 0;
      for (const [from, to] of live.rowRuns(room)) {
        const copied = copyRun.run(from, to, room);
        if (copied.changes === 0) continue;
        last = Number(copied.lastInsertRowid);
        if (first === 0) first = last - copied.changes + 1;
      }
      return { room, first, last, standsFor: live.newest(room) };
    }),
  );

  /**
   * After appends (`folded: false`) and compactions: carries quiet rooms' rows forward once the journal is much
   * longer than what rooms need, then, if rows were folded or carried (only then can the oldest needed row move),
   * deletes the journal's head below it. A failure here loses nothing (the rows stay; the numbers in memory change
   * only after a commit) and is not the append's or the compaction's: the next compaction tries again.
   */
  const keepJournalShort = ({ folded }: { folded: boolean }) => {
    const state = known();
    try {
      const length = state.newest - state.head + 1;
      const carry = length >= Math.max(limits.carryForwardAfterRows, 8 * state.live.rows);
      if (carry) {
        const rooms = state.live.roomsNeedingRowsBefore(state.head + Math.floor(length / 2));
        for (const { room, first, last, standsFor } of carryForward(rooms, state.live)) {
          state.live.forget(room);
          if (last > 0) state.live.add(room, first, last, standsFor);
          state.newest = Math.max(state.newest, last);
        }
      }
      if (!folded && !carry) return;
      const cutBelow = state.live.oldest() ?? state.newest + 1;
      if (cutBelow - state.head >= limits.cutHeadAfterRows) {
        cutHead.run(cutBelow);
        state.head = cutBelow;
      }
    } catch {
      // Left for the next compaction (see above).
    }
  };

  return {
    async loadRoom(room): Promise<StoredRoom> {
      const { live } = known();
      const stored = selectSnapshot.get(room);
      const updates: Uint8Array[] = [];
      let updateBytes = 0;
      for (const [first, last] of live.rowRuns(room)) {
        for (const data of selectRun.all(first, last, room)) {
          updates.push(new Uint8Array(data));
          updateBytes += data.byteLength;
        }
      }
      return {
        snapshot: stored ? new Uint8Array(stored.snapshot) : null,
        updates,
        lastSeq: Math.max(live.newest(room), stored?.through_seq ?? 0),
        updateBytes,
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
      upsertSnapshot.run(room, snapshot, throughSeq, Date.now());
      known().live.foldedThrough(room, throughSeq);
      keepJournalShort({ folded: true });
      afterCommit();
    },
  };
}
