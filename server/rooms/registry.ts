// Keeps each room loaded while anyone holds it open, and unloads it (flushed and compacted) after the last
// holder lets go, so memory follows the rooms in use rather than every room ever opened.
import type { Logger } from 'pino';
import type { RoomLog } from '../storage/storage';
import { FlushClock } from './flush-clock';
import { policyForRoom } from './kinds/kinds';
import { type PersistenceObserver, Room, type RoomPersistence } from './room';

interface Entry {
  room: Room;
  holders: number;
}

export interface RoomLifecycle {
  /** Called once a room's stored state is loaded (a pub/sub layer would subscribe here). */
  loaded?(room: Room): void;
  /** Called after a room was flushed and dropped from memory. */
  unloaded?(name: string): void;
}

export class RoomRegistry {
  private readonly entries = new Map<string, Entry>();
  /** One for all rooms, so rooms falling due together are written together (flush-clock.ts). */
  private readonly clock: FlushClock;

  constructor(
    private readonly storage: RoomLog,
    private readonly persistence: RoomPersistence,
    private readonly observer: PersistenceObserver,
    private readonly logger: Logger,
    private readonly lifecycle: RoomLifecycle = {},
  ) {
    this.clock = new FlushClock(persistence.flushIntervalMs);
  }

  /** Number of rooms in memory. */
  get size(): number {
    return this.entries.size;
  }

  /** Holds the room open and resolves once its stored state is loaded; pair every call with `release`. */
  async open(name: string): Promise<Room> {
    let entry = this.entries.get(name);
    if (!entry) {
      const policy = policyForRoom(name) ?? undefined;
      const room = new Room(
        name,
        this.storage,
        this.persistence,
        this.observer,
        this.logger,
        policy,
        this.clock,
      );
      entry = { room, holders: 0 };
      this.entries.set(name, entry);
      room.ready.then(
        () => this.lifecycle.loaded?.(room),
        () => {},
      );
    }
    entry.holders += 1;
    try {
      await entry.room.ready;
    } catch (error) {
      entry.holders -= 1;
      this.drop(entry);
      throw error;
    }
    return entry.room;
  }

  /** Lets go of a room; when nobody holds it any more it is flushed, compacted and unloaded. */
  async release(room: Room): Promise<void> {
    const entry = this.entries.get(room.name);
    if (!entry || entry.room !== room) return;
    entry.holders -= 1;
    if (entry.holders > 0) return;
    await room.flushAndCompact();
    // Someone may have opened the room again while it was being written.
    if (entry.holders === 0) this.drop(entry);
  }

  /** Flushes and unloads every room (clean stop: nothing accepted is lost). */
  async closeAll(): Promise<void> {
    const entries = [...this.entries.values()];
    await Promise.all(entries.map((entry) => entry.room.flushAndCompact()));
    for (const entry of entries) this.drop(entry);
  }

  private drop(entry: Entry): void {
    if (this.entries.get(entry.room.name) !== entry) return;
    this.entries.delete(entry.room.name);
    entry.room.destroy();
    this.lifecycle.unloaded?.(entry.room.name);
  }
}
