// A room's local replica in IndexedDB that loads without holding the page: the stored updates are applied a
// slice per task (about 64 KB of updates at a time, read and applied) rather than all in one, which for a space index of
// 10,000 entries held the page for a second or more. It keeps y-indexeddb's database layout (an `updates`
// store of Yjs updates, a `custom` store), so replicas written before it still load, and like y-indexeddb it
// stores each change as it happens and rewrites the whole state after 500 of them; it writes that state as
// bounded parts (shared/yjs-state-parts.ts), so the next load can be sliced too. A replica stored as one big state
// (by y-indexeddb) is applied in one go once, then rewritten in parts.
import * as idb from 'lib0/indexeddb';
import * as Y from 'yjs';
import { type ChunkLimits, DEFAULT_CHUNK_LIMITS, stateParts } from '../../shared/yjs-state-parts';
import { nextTask } from '../library/nextTask';
import type { Replica } from './openRoom';

const UPDATES = 'updates';
/**
 * Small stored updates (edits, not parts of a state) after which the state is rewritten in parts
 * (y-indexeddb's PREFERRED_TRIM_SIZE); a state's own parts do not count, however many a large room has.
 */
const REWRITE_AFTER = 500;
/** The pause before that rewrite, so a burst of changes leads to one. */
const REWRITE_DELAY_MS = 1_000;
/** Records read at first, and at most, in one task (then as many as make about one slice). */
const FIRST_READ = 1;
const MOST_READ = 500;

const updatesStore = (db: IDBDatabase, mode: IDBTransactionMode): IDBObjectStore =>
  db.transaction(UPDATES, mode).objectStore(UPDATES);

export class ChunkedReplica implements Replica {
  /** Resolves once every stored update is applied to the document. */
  readonly whenSynced: Promise<void>;
  private readonly db: Promise<IDBDatabase>;
  private open: IDBDatabase | null = null;
  /** Changes made before the database opened, stored once it has. */
  private readonly early: Uint8Array[] = [];
  /** The last stored key whose update is in the document. */
  private lastKey = 0;
  private smallUpdates = 0;
  private rewriteTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  constructor(
    readonly name: string,
    readonly doc: Y.Doc,
    private readonly limits: ChunkLimits = DEFAULT_CHUNK_LIMITS,
  ) {
    this.db = idb.openDB(name, (db) =>
      idb.createStores(db, [[UPDATES, { autoIncrement: true }], ['custom']]),
    );
    doc.on('update', this.onUpdate);
    doc.on('destroy', this.destroy);
    this.whenSynced = this.load();
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this || this.destroyed) return;
    if (this.open) this.store(this.open, update);
    else this.early.push(update);
  };

  private store(db: IDBDatabase, update: Uint8Array): void {
    updatesStore(db, 'readwrite').add(update);
    if (this.isSmall(update)) this.smallUpdates += 1;
    if (this.smallUpdates >= REWRITE_AFTER) this.rewriteSoon();
  }

  private async load(): Promise<void> {
    const db = await this.db;
    if (this.destroyed) return;
    const oversized = await this.applyStored(db);
    if (this.destroyed) return;
    this.open = db;
    for (const update of this.early.splice(0)) this.store(db, update);
    if (oversized) this.rewriteSoon();
  }

  /**
   * Applies the updates stored after `lastKey`, a slice per task; returns whether one was larger than a slice
   * (stored whole by y-indexeddb), in which case the state should be rewritten in parts. The updates are read
   * a few at a time too: reading megabytes at once is itself a long task.
   */
  private async applyStored(db: IDBDatabase): Promise<boolean> {
    let oversized = false;
    let toRead = FIRST_READ;
    for (;;) {
      const records = (await idb.getAllKeysValues(
        updatesStore(db, 'readonly'),
        idb.createIDBKeyRangeLowerBound(this.lastKey, true),
        toRead,
      )) as { k: number; v: Uint8Array }[];
      if (this.destroyed || records.length === 0) break;
      let bytes = 0;
      for (const { k, v } of records) {
        bytes += v.length;
        if (v.length > this.limits.bytes * 2) oversized = true;
        if (this.isSmall(v)) this.smallUpdates += 1;
        this.lastKey = k;
      }
      Y.transact(
        this.doc,
        () => {
          for (const { v } of records) Y.applyUpdate(this.doc, v, this);
        },
        this,
        false,
      );
      if (records.length < toRead) break;
      // As many records as make about one slice: many small edits, or one part of a rewritten state.
      toRead = Math.max(1, Math.min(MOST_READ, Math.floor((this.limits.bytes * records.length) / bytes)));
      await nextTask();
      if (this.destroyed) break;
    }
    return oversized || this.smallUpdates >= REWRITE_AFTER;
  }

  private isSmall(update: Uint8Array): boolean {
    return update.length < this.limits.bytes / 2;
  }

  private rewriteSoon(): void {
    if (this.rewriteTimer) clearTimeout(this.rewriteTimer);
    this.rewriteTimer = setTimeout(() => {
      this.rewriteTimer = null;
      void this.rewrite().catch((error) => console.error('Could not rewrite the local replica', error));
    }, REWRITE_DELAY_MS);
  }

  /**
   * Replaces every stored update with the document's state in parts, in one IndexedDB transaction (a crash
   * leaves the old updates or the new parts, never neither). Updates another window stored meanwhile are
   * applied first, so none is dropped.
   */
  async rewrite(): Promise<void> {
    const db = this.open;
    if (!db || this.destroyed) return;
    await this.applyStored(db);
    if (this.destroyed) return;
    // Made a part per task: writing a 10,000-entry index's state at once held the page for one to two seconds.
    const parts: Uint8Array[] = [];
    for (const part of stateParts(this.doc, this.limits)) {
      parts.push(part);
      await nextTask();
      if (this.destroyed) return;
    }
    const updates = updatesStore(db, 'readwrite');
    const done = new Promise<void>((resolve, reject) => {
      const transaction = updates.transaction;
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
    updates.delete(IDBKeyRange.upperBound(this.lastKey));
    const added = parts.map((part) => updates.add(part));
    await done;
    // The parts are the document: the next rewrite reads only what comes after them.
    const last = added.at(-1)?.result;
    if (typeof last === 'number') this.lastKey = last;
    this.smallUpdates = 0;
  }

  readonly destroy = (): Promise<void> => {
    if (this.rewriteTimer) clearTimeout(this.rewriteTimer);
    this.rewriteTimer = null;
    this.doc.off('update', this.onUpdate);
    this.doc.off('destroy', this.destroy);
    this.destroyed = true;
    return this.db.then(
      (db) => db.close(),
      () => {},
    );
  };
}
