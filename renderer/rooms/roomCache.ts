// One open room per (server, room name, member token), however many views show it: a Y.Doc, its relay
// connection (jittered reconnects), a local replica in IndexedDB so it shows offline, its sync state and the
// relay's request channel. Views lease a room; when the last lease ends, it closes after a short grace period
// (so moving between sections does not reconnect).
import { OpenRoom, type RoomAddress, type RoomCacheOptions } from './openRoom';

export const DEFAULT_GRACE_MS = 3_000;

const keyOf = ({ serverUrl, token, room }: RoomAddress) => `${serverUrl}\n${room}\n${token}`;

/** A view's hold on an open room; release it when the view goes (twice is harmless). */
export interface RoomLease {
  room: OpenRoom;
  release(): void;
}

interface Entry {
  room: OpenRoom;
  leases: number;
  closeTimer: ReturnType<typeof setTimeout> | null;
}

export class RoomCache {
  private readonly entries = new Map<string, Entry>();
  private readonly graceMs: number;

  constructor(private readonly options: RoomCacheOptions = {}) {
    this.graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  }

  /** Opens the room, or shares the one already open, and counts this view until it releases. */
  acquire(address: RoomAddress): RoomLease {
    const key = keyOf(address);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { room: new OpenRoom(address, this.options), leases: 0, closeTimer: null };
      this.entries.set(key, entry);
    }
    if (entry.closeTimer) {
      clearTimeout(entry.closeTimer);
      entry.closeTimer = null;
    }
    entry.leases += 1;
    const held = entry;
    let released = false;
    return {
      room: held.room,
      release: () => {
        if (released) return;
        released = true;
        this.release(key, held);
      },
    };
  }

  /** The open room at this address, if any (without leasing it). */
  peek(address: RoomAddress): OpenRoom | undefined {
    return this.entries.get(keyOf(address))?.room;
  }

  /** How many rooms are open, including those in their grace period. */
  get openCount(): number {
    return this.entries.size;
  }

  /** Closes every room now (the app is going away). */
  closeAll(): void {
    for (const entry of this.entries.values()) {
      if (entry.closeTimer) clearTimeout(entry.closeTimer);
      entry.room.close();
    }
    this.entries.clear();
  }

  private release(key: string, entry: Entry): void {
    entry.leases -= 1;
    if (entry.leases > 0) return;
    const close = () => {
      if (this.entries.get(key) !== entry || entry.leases > 0) return;
      this.entries.delete(key);
      entry.room.close();
    };
    if (this.graceMs <= 0) close();
    else entry.closeTimer = setTimeout(close, this.graceMs);
  }
}
