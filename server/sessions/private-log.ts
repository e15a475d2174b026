// What the relay keeps about a session and shares with nobody (authors, ballots, poll answers, whose hand is
// whose, codes): a JSON event log stored through the room log under a name no client can open, so it is kept
// by every storage engine (SQLite, PostgreSQL, files) and survives a restart. Events written together share
// one append; a caller's promise resolves once its event is durable.
import type { Logger } from 'pino';
import type { RoomLog } from '../storage/storage';

/** Names of private logs start with `~`, which no room name may (shared/rooms.ts), so the gateway never serves one. */
export const privateLogName = (...parts: string[]): string => `~sessions/${parts.join('/')}`;

const encoder = new TextEncoder();
const COMPACT_AFTER_EVENTS = 500;
const decoder = new TextDecoder();

/** Folding events into a state: `apply` must accept every event it ever wrote. */
export interface PrivateState<S, E> {
  empty(): S;
  apply(state: S, event: E): void;
  /** A plain JSON form of the whole state, for compaction; `restore` reads it back. */
  snapshot(state: S): unknown;
  restore(snapshot: unknown): S;
}

export class PrivateLog<S, E> {
  private pending: Uint8Array[] = [];
  private flushing: Promise<void> | null = null;
  private lastSeq = 0;
  private logged = 0;

  private constructor(
    readonly name: string,
    readonly state: S,
    private readonly storage: RoomLog,
    private readonly reducer: PrivateState<S, E>,
    private readonly logger: Logger,
    lastSeq: number,
    logged: number,
    private readonly compactAfter: number,
  ) {
    this.lastSeq = lastSeq;
    this.logged = logged;
  }

  static async open<S, E>(
    storage: RoomLog,
    name: string,
    reducer: PrivateState<S, E>,
    logger: Logger,
    /**
     * False where other instances append to the same log: this copy may miss their latest events, so folding it
     * into a snapshot could drop them.
     */
    compacts = true,
  ): Promise<PrivateLog<S, E>> {
    const stored = await storage.loadRoom(name);
    let state = reducer.empty();
    if (stored.snapshot) {
      try {
        state = reducer.restore(JSON.parse(decoder.decode(stored.snapshot)));
      } catch (error) {
        logger.error(
          { err: error, log: name },
          'a private session snapshot does not read; starting from its log',
        );
      }
    }
    for (const update of stored.updates) {
      try {
        reducer.apply(state, JSON.parse(decoder.decode(update)) as E);
      } catch (error) {
        logger.error({ err: error, log: name }, 'skipped a private session event that does not read');
      }
    }
    const compactAfter = compacts ? COMPACT_AFTER_EVENTS : Number.POSITIVE_INFINITY;
    return new PrivateLog(
      name,
      state,
      storage,
      reducer,
      logger,
      stored.lastSeq,
      stored.updates.length,
      compactAfter,
    );
  }

  /** Applies the event now (callers see it at once) and resolves once it is stored. */
  record(event: E): Promise<void> {
    this.reducer.apply(this.state, event);
    this.pending.push(encoder.encode(JSON.stringify(event)));
    return this.flush();
  }

  /** Writes what is pending; concurrent callers share one write. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing.then(() => (this.pending.length > 0 ? this.flush() : undefined));
    if (this.pending.length === 0) return Promise.resolve();
    this.flushing = (async () => {
      // Let the events of this turn join the batch.
      await new Promise((resolve) => setImmediate(resolve));
      const batch = this.pending;
      this.pending = [];
      try {
        this.lastSeq = await this.storage.appendUpdates(this.name, batch);
        this.logged += batch.length;
        if (this.logged > this.compactAfter) await this.compact();
      } catch (error) {
        this.pending = batch.concat(this.pending);
        this.logger.error({ err: error, log: this.name }, 'could not store private session events');
        throw error;
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }

  private async compact(): Promise<void> {
    const snapshot = encoder.encode(JSON.stringify(this.reducer.snapshot(this.state)));
    await this.storage.compact(this.name, snapshot, this.lastSeq);
    this.logged = 0;
  }
}
