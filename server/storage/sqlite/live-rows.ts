// Which rows of the SQLite room journal each room still needs: the rows it appended (or that were there when the
// relay started) that its snapshot does not hold yet. Kept in memory as runs of consecutive row numbers, because
// the journal has no index by room (see rooms.ts): a room loads its rows by number, and the journal's head can be
// cut off below the oldest row any room still needs.
//
// A run also says which append it stands for: rows copied to new numbers (so the head can move past a quiet room)
// stand for the appends whose numbers the room was given, and a snapshot through that number folds the copies.

/** Runs as a flat [first, last, standsFor, first, last, standsFor, ...] list, oldest first. */
type Runs = number[];
const RUN = 3;

export class LiveRows {
  private readonly byRoom = new Map<string, Runs>();
  private total = 0;

  /** Rows `first`..`last` of the journal hold updates of `room` that it was given `standsFor` for (`last` for an append). */
  add(room: string, first: number, last: number, standsFor = last): void {
    let runs = this.byRoom.get(room);
    if (!runs) {
      runs = [];
      this.byRoom.set(room, runs);
    }
    const end = runs.length;
    // An append right after an append of the same room extends its run: a busy room keeps one run between flushes
    // of other rooms, not one per flush.
    if (end > 0 && standsFor === last && runs[end - 2] === first - 1 && runs[end - 1] === first - 1) {
      runs[end - 2] = last;
      runs[end - 1] = last;
    } else {
      runs.push(first, last, standsFor);
    }
    this.total += last - first + 1;
  }

  /** The room's rows as [first, last] pairs, oldest first (none when its snapshot holds everything). */
  *rowRuns(room: string): Generator<[first: number, last: number]> {
    const runs = this.byRoom.get(room) ?? [];
    for (let index = 0; index < runs.length; index += RUN) {
      yield [runs[index] as number, runs[index + 1] as number];
    }
  }

  /** The highest number the room was given for rows it still needs (0 when it needs none). */
  newest(room: string): number {
    const runs = this.byRoom.get(room);
    return runs ? (runs[runs.length - 1] as number) : 0;
  }

  /** The room's snapshot now holds what it was given up to `throughSeq`: those rows are no longer needed. */
  foldedThrough(room: string, throughSeq: number): void {
    const runs = this.byRoom.get(room);
    if (!runs) return;
    let folded = 0;
    while (folded < runs.length && (runs[folded + 2] as number) <= throughSeq) {
      this.total -= (runs[folded + 1] as number) - (runs[folded] as number) + 1;
      folded += RUN;
    }
    runs.splice(0, folded);
    // Part of an appended run (numbers and what they stand for are the same there); a copied run stays whole.
    if (runs.length > 0 && runs[1] === runs[2] && (runs[0] as number) <= throughSeq) {
      this.total -= throughSeq - (runs[0] as number) + 1;
      runs[0] = throughSeq + 1;
    }
    if (runs.length === 0) this.byRoom.delete(room);
  }

  /** Drops every run of the room (its rows were copied to new numbers, which are added again). */
  forget(room: string): void {
    const runs = this.byRoom.get(room);
    if (!runs) return;
    for (let index = 0; index < runs.length; index += RUN) {
      this.total -= (runs[index + 1] as number) - (runs[index] as number) + 1;
    }
    this.byRoom.delete(room);
  }

  /** The oldest row any room still needs, or undefined when no room needs any. */
  oldest(): number | undefined {
    let oldest: number | undefined;
    for (const runs of this.byRoom.values()) {
      const first = runs[0] as number;
      if (oldest === undefined || first < oldest) oldest = first;
    }
    return oldest;
  }

  /** Rooms that still need a row older than `seq`. */
  roomsNeedingRowsBefore(seq: number): string[] {
    const rooms: string[] = [];
    for (const [room, runs] of this.byRoom) if ((runs[0] as number) < seq) rooms.push(room);
    return rooms;
  }

  /** How many rows the rooms still need, in all. */
  get rows(): number {
    return this.total;
  }
}
