// One loaded room: its Y.Doc and presence, loaded from storage before anyone sees it, with every accepted
// update batched into the storage log (durable within `flushIntervalMs`) and compacted when the log grows.
import type { Logger } from 'pino';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { RoomLog } from '../storage/storage';
import { FlushClock } from './flush-clock';

/** Origin for updates another relay instance already stored (applied by the cluster): shared, not stored again. */
export const REMOTE_ORIGIN = Symbol('remote relay');
const LOAD_ORIGIN = Symbol('storage');

export interface RoomPersistence {
  /** Upper bound on how long an accepted update waits before it is written. */
  flushIntervalMs: number;
  compactAfterUpdates: number;
  compactAfterBytes: number;
}

/** What a room's kind decides about its document (server/rooms/kinds): options and hooks. */
export interface RoomDocumentPolicy {
  readonly document: { readonly gc: boolean };
  /**
   * Once the document exists, before the stored state is applied: for what must see that state arrive (moved
   * blocks' originals kept from garbage collection as they load).
   */
  beforeLoad?(room: Room): void;
  /** Once the stored state is in the document, before anyone sees it. */
  onLoad(room: Room): void;
  /** After every change that is not the stored state being loaded (clients, the relay, other instances). */
  onChange(room: Room, update: Uint8Array, origin: unknown): void;
}

const PLAIN_DOCUMENT: RoomDocumentPolicy = { document: { gc: true }, onLoad() {}, onChange() {} };

export interface PersistenceObserver {
  persisted(operation: 'load' | 'append' | 'compact', seconds: number): void;
}

export class Room {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** Resolves once the stored state is in `doc`; rejects when storage failed. */
  readonly ready: Promise<void>;
  private pending: Uint8Array[] = [];
  private writes: Promise<void> = Promise.resolve();
  private lastSeq = 0;
  private loggedUpdates = 0;
  private loggedBytes = 0;
  private destroyed = false;
  private readonly storedListeners = new Set<(stateVector: Uint8Array) => void>();

  constructor(
    readonly name: string,
    private readonly storage: RoomLog,
    private readonly persistence: RoomPersistence,
    private readonly observer: PersistenceObserver,
    private readonly logger: Logger,
    private readonly policy: RoomDocumentPolicy = PLAIN_DOCUMENT,
    /** When pending updates are written; the registry shares one among its rooms. */
    private readonly clock = new FlushClock(persistence.flushIntervalMs),
  ) {
    // The room name as guid: Yjs would otherwise make a random UUID per document, which costs dozens of small
    // allocations per room opened and is never read (the relay has no subdocuments).
    this.doc = new Y.Doc({ gc: policy.document.gc, guid: name });
    this.awareness = new Awareness(this.doc);
    // The relay itself has no presence in the room.
    this.awareness.setLocalState(null);
    this.runHook('beforeLoad', () => policy.beforeLoad?.(this));
    this.ready = this.load();
  }

  /** Writes the updates accepted so far. */
  flush(): Promise<void> {
    return this.enqueue(() => this.writePending());
  }

  /** Writes everything and folds the log into one snapshot (used when the room unloads or the relay stops). */
  flushAndCompact(): Promise<void> {
    return this.enqueue(async () => {
      await this.writePending();
      await this.writeSnapshot();
    });
  }

  /**
   * Calls `listener` with the document's state vector each time everything up to it is durably stored (after a
   * flush that wrote something). Returns the unsubscribe function.
   */
  onStored(listener: (stateVector: Uint8Array) => void): () => void {
    this.storedListeners.add(listener);
    return () => this.storedListeners.delete(listener);
  }

  /**
   * As onStored, and first tells `listener` what is stored already, once the writes queued so far are done: a
   * client that reopens a document whose edits were all written earlier learns so without waiting for a new edit.
   */
  onStoredFromNow(listener: (stateVector: Uint8Array) => void): () => void {
    const stop = this.onStored(listener);
    void this.enqueue(async () => {
      if (!this.storedListeners.has(listener) || this.destroyed) return;
      // Updates waiting to be written: that write tells every listener, this one included.
      if (this.pending.length > 0) return this.writePending();
      // Nothing waiting: all of the document was loaded from storage, stored by another instance or written here.
      this.runHook('stored', () => listener(Y.encodeStateVector(this.doc)));
    });
    return stop;
  }

  destroy(): void {
    this.destroyed = true;
    this.clock.cancel(this);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private async load(): Promise<void> {
    const stored = await this.timed('load', () => this.storage.loadRoom(this.name));
    Y.transact(
      this.doc,
      () => {
        for (const update of [stored.snapshot, ...stored.updates]) {
          if (!update) continue;
          try {
            Y.applyUpdate(this.doc, update, LOAD_ORIGIN);
          } catch (error) {
            // One damaged log entry must not make the rest of the room unreadable.
            this.logger.error(
              { err: error, room: this.name },
              'skipped a stored update that does not decode',
            );
          }
        }
      },
      LOAD_ORIGIN,
    );
    this.lastSeq = stored.lastSeq;
    this.loggedUpdates = stored.updates.length;
    this.loggedBytes = stored.updateBytes;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.accept(update, origin));
    this.runHook('onLoad', () => this.policy.onLoad(this));
  }

  private accept(update: Uint8Array, origin: unknown): void {
    if (origin !== LOAD_ORIGIN && !this.destroyed) {
      // Not through runHook: this runs for every update, and a closure each time is garbage.
      try {
        this.policy.onChange(this, update, origin);
      } catch (error) {
        this.logger.error({ err: error, room: this.name, hook: 'onChange' }, 'a room hook failed');
      }
    }
    if (origin === REMOTE_ORIGIN || origin === LOAD_ORIGIN || this.destroyed) return;
    this.pending.push(update);
    this.clock.schedule(this);
  }

  /** A failing hook or listener is logged; it must not stop the update being stored and shared. */
  private runHook(hook: string, run: () => void): void {
    try {
      run();
    } catch (error) {
      this.logger.error({ err: error, room: this.name, hook }, 'a room hook failed');
    }
  }

  private enqueue(write: () => Promise<void>): Promise<void> {
    const next = this.writes.then(write).catch((error: unknown) => {
      this.logger.error({ err: error, room: this.name }, 'could not write the room to storage');
    });
    this.writes = next;
    return next;
  }

  private async writePending(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    // Everything in the document now is stored once this batch is: it was loaded, came from an instance that
    // stored it, or is in the batch (a failed earlier batch is put back in front of the pending ones).
    const stateVector = this.storedListeners.size > 0 ? Y.encodeStateVector(this.doc) : null;
    try {
      this.lastSeq = await this.timed('append', () => this.storage.appendUpdates(this.name, batch));
    } catch (error) {
      // Keep the batch so the next flush (or the final one) tries again.
      this.pending = batch.concat(this.pending);
      throw error;
    }
    if (stateVector) {
      for (const listener of this.storedListeners) this.runHook('stored', () => listener(stateVector));
    }
    this.loggedUpdates += batch.length;
    this.loggedBytes += batch.reduce((sum, update) => sum + update.byteLength, 0);
    if (
      this.loggedUpdates > this.persistence.compactAfterUpdates ||
      this.loggedBytes > this.persistence.compactAfterBytes
    ) {
      await this.writeSnapshot();
    }
  }

  private async writeSnapshot(): Promise<void> {
    if (this.loggedUpdates === 0 || this.destroyed) return;
    // Everything up to lastSeq is in the doc, and the doc may hold newer pending updates too: replaying
    // those after the snapshot is harmless because Yjs updates are idempotent.
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    const throughSeq = this.lastSeq;
    await this.timed('compact', () => this.storage.compact(this.name, snapshot, throughSeq));
    this.loggedUpdates = 0;
    this.loggedBytes = 0;
  }

  private async timed<T>(operation: 'load' | 'append' | 'compact', run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await run();
    } finally {
      this.observer.persisted(operation, (performance.now() - started) / 1000);
    }
  }
}
