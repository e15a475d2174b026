// When rooms write their accepted updates: each room at most `intervalMs` after its first unwritten update, and
// rooms falling due close together (within one slot, a quarter of the interval) on the same tick, so the storage
// commits them in one transaction (the SQLite log groups the appends of one turn) instead of one commit per room.
// A slot, not one tick for every room: the rooms of a busy relay then write in small groups spread over the
// interval, never all in the same turn, which held every delivery of that turn back.

export interface Flushable {
  flush(): Promise<void>;
}

interface Slot {
  at: number;
  rooms: Flushable[];
}

export class FlushClock {
  private readonly slotMs: number;
  /** Slots in the order they fall due (a later schedule never falls due before an earlier one). */
  private readonly slots: Slot[] = [];
  private readonly scheduled = new Set<Flushable>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.slotMs = Math.max(1, intervalMs / 4);
  }

  /** Writes `room` on the tick of the slot it falls due in: at most `intervalMs` from now (unless it is due already). */
  schedule(room: Flushable): void {
    if (this.scheduled.has(room)) return;
    this.scheduled.add(room);
    // Rounded down to its slot, so the wait is never longer than the interval.
    const at = Math.floor((this.now() + this.intervalMs) / this.slotMs) * this.slotMs;
    const last = this.slots.at(-1);
    if (last && last.at === at) last.rooms.push(room);
    else this.slots.push({ at, rooms: [room] });
    this.timer ??= setTimeout(this.tick, Math.max(0, (this.slots[0]?.at ?? at) - this.now()));
  }

  /** `room` went away: it is not written on its tick. */
  cancel(room: Flushable): void {
    if (!this.scheduled.delete(room)) return;
    for (const slot of this.slots) {
      const index = slot.rooms.indexOf(room);
      if (index >= 0) slot.rooms.splice(index, 1);
    }
  }

  private readonly tick = (): void => {
    this.timer = null;
    const now = this.now();
    while (this.slots.length > 0 && (this.slots[0] as Slot).at <= now) {
      for (const room of (this.slots.shift() as Slot).rooms) {
        this.scheduled.delete(room);
        // Room.flush logs its own failures and keeps the batch for the next flush.
        void room.flush();
      }
    }
    const next = this.slots[0];
    if (next) this.timer = setTimeout(this.tick, Math.max(0, next.at - now));
  };
}
