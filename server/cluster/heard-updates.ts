// Updates this instance heard from other instances over Redis, written to the shared database by this
// instance too. Instances publish an update as soon as they accept it, before their own write is done, so
// the instance that delivers an update to its clients also stores it: an update some client has seen is in
// the database once any one instance that holds it has written it, even if the instance that accepted it
// dies first. Rows written twice are harmless (Yjs updates are idempotent) and folded by the next compaction.
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { RoomLog } from '../storage/storage';

interface RoomHeard {
  pending: Uint8Array[];
  timer: NodeJS.Timeout | null;
  /** The write in flight (settles, never rejects); writes of one room run one after another. */
  writing: Promise<void>;
}

/** How long to wait before trying again after the database refused a write. */
const RETRY_MS = 1000;

export class HeardUpdates {
  private readonly rooms = new Map<string, RoomHeard>();

  constructor(
    private readonly storage: RoomLog,
    private readonly flushIntervalMs: number,
    private readonly logger: Logger,
  ) {}

  /** Notes an update heard for `room`; it is written within the flush interval. */
  add(room: string, update: Uint8Array): void {
    const heard = this.entry(room);
    heard.pending.push(update);
    this.schedule(room, heard, this.flushIntervalMs);
  }

  /**
   * Hands what is waiting for `room` to the caller, who writes it with its own updates in one statement, and
   * gives the write already in flight: everything heard so far is stored once both are.
   */
  take(room: string): { updates: Uint8Array[]; earlier: Promise<void> } {
    const heard = this.rooms.get(room);
    if (!heard) return { updates: [], earlier: Promise.resolve() };
    const updates = merged(heard.pending.splice(0));
    return { updates, earlier: heard.writing };
  }

  /** Gives back updates from `take` whose write failed, to be written later. */
  putBack(room: string, updates: Uint8Array[]): void {
    if (updates.length === 0) return;
    const heard = this.entry(room);
    heard.pending.unshift(...updates);
    this.schedule(room, heard, RETRY_MS);
  }

  /** Writes what is waiting for `room` now; resolves once every write of it so far is done. */
  flush(room: string): Promise<void> {
    const heard = this.rooms.get(room);
    if (!heard) return Promise.resolve();
    if (heard.timer) clearTimeout(heard.timer);
    heard.timer = null;
    const batch = merged(heard.pending.splice(0));
    if (batch.length > 0) {
      heard.writing = heard.writing.then(async () => {
        try {
          await this.storage.appendUpdates(room, batch);
        } catch (error) {
          this.logger.error({ err: error, room }, 'could not store updates heard from another instance');
          this.putBack(room, batch);
        }
      });
    }
    const writing = heard.writing;
    void writing.then(() => {
      // Forget a room once nothing is waiting or being written for it.
      if (heard.writing === writing && heard.pending.length === 0 && this.rooms.get(room) === heard) {
        this.rooms.delete(room);
      }
    });
    return writing;
  }

  /** Writes everything waiting, for every room (the instance is stopping). */
  async flushAll(): Promise<void> {
    await Promise.all([...this.rooms.keys()].map((room) => this.flush(room)));
  }

  private entry(room: string): RoomHeard {
    let heard = this.rooms.get(room);
    if (!heard) {
      heard = { pending: [], timer: null, writing: Promise.resolve() };
      this.rooms.set(room, heard);
    }
    return heard;
  }

  private schedule(room: string, heard: RoomHeard, delayMs: number): void {
    heard.timer ??= setTimeout(() => {
      heard.timer = null;
      void this.flush(room);
    }, delayMs);
  }
}

/** One row for many updates: fewer rows to insert and to read back when the room loads. */
function merged(updates: Uint8Array[]): Uint8Array[] {
  if (updates.length <= 1) return updates;
  try {
    return [Y.mergeUpdates(updates)];
  } catch {
    return updates;
  }
}
