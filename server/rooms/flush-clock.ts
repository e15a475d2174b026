// One flush timer for all of a relay's rooms instead of one per room: rooms with accepted updates are written
// together on the same tick, so the storage can commit them in one transaction (the SQLite log groups appends
// made in the same turn) instead of one commit per room per interval. An update still waits at most one
// interval: the tick is armed by the first update after the previous tick, as a room's own timer was.

export interface Flushable {
  flush(): Promise<void>;
}

export class FlushClock {
  private readonly due = new Set<Flushable>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly intervalMs: number) {}

  /** Writes `room` on the next tick (at most `intervalMs` from now). */
  schedule(room: Flushable): void {
    this.due.add(room);
    this.timer ??= setTimeout(this.tick, this.intervalMs);
  }

  /** `room` was written (or went away) before the tick. */
  cancel(room: Flushable): void {
    this.due.delete(room);
    if (this.due.size > 0 || this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
  }

  private readonly tick = (): void => {
    this.timer = null;
    const rooms = [...this.due];
    this.due.clear();
    // Room.flush logs its own failures and keeps the batch for the next flush.
    for (const room of rooms) void room.flush();
  };
}
