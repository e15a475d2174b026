// The index room's entries as the library reads them: each entry is validated once when it arrives or
// changes (not the whole map on every change, which 10,000 entries would feel), kept newest first, and every
// change is reported with the ids it touched, which the search worker then reindexes.
//
// A large change (the local replica loading, a first sync from the relay: thousands of entries in one Yjs
// event) is read in slices of 100, a task apart, so validating 10,000 entries never holds the page for more than a
// few milliseconds at a time; an ordinary edit (a few entries) is read at once.
import type * as Y from 'yjs';
import { type DocumentEntry, readDocumentEntry } from '../../../shared/documents';
import { nextTask } from '../nextTask';

export type EntriesListener = (changed: ReadonlySet<string>) => void;

/** Entries read per task: a few milliseconds of validation, well inside a frame even on a busy machine. */
const SLICE = 100;
/** How often screens hear of a large change being read. */
const LIST_EVERY_MS = 250;

export class LibraryEntries {
  private readonly byId = new Map<string, DocumentEntry>();
  private sorted: DocumentEntry[] | null = null;
  private readonly listeners = new Set<EntriesListener>();
  /** Ids changed in the map and not read yet (insertion order: oldest change first). */
  private readonly unread = new Set<string>();
  private reading: Promise<void> | null = null;
  private readonly listListeners = new Set<() => void>();
  private listToldAt = 0;
  private destroyed = false;

  constructor(private readonly map: Y.Map<unknown>) {
    map.observe(this.onChange);
    this.take(map.keys());
  }

  private read(id: string): void {
    const value = this.map.get(id);
    const entry = value === undefined ? null : readDocumentEntry(id, value);
    if (entry) this.byId.set(id, entry);
    else this.byId.delete(id);
  }

  private readonly onChange = (event: Y.YMapEvent<unknown>): void => {
    this.take(event.keysChanged);
  };

  private take(ids: Iterable<string>): void {
    for (const id of ids) {
      // Re-added at the end: a later change is read after the ones before it.
      this.unread.delete(id);
      this.unread.add(id);
    }
    if (this.unread.size === 0) return;
    if (this.reading === null && this.unread.size <= SLICE) this.readSlice();
    else this.reading ??= this.readInSlices();
  }

  /** Reads up to SLICE unread entries and tells the listeners which ones. */
  private readSlice(): void {
    const changed = new Set<string>();
    for (const id of this.unread) {
      if (changed.size === SLICE) break;
      changed.add(id);
    }
    for (const id of changed) {
      this.unread.delete(id);
      this.read(id);
    }
    this.sorted = null;
    for (const listener of [...this.listeners]) listener(changed);
    // Screens redraw the list and its facet counts: during a large change, a few times a second is enough.
    const now = performance.now();
    if (this.unread.size === 0 || now - this.listToldAt >= LIST_EVERY_MS) {
      this.listToldAt = now;
      for (const listener of [...this.listListeners]) listener();
    }
  }

  private async readInSlices(): Promise<void> {
    while (this.unread.size > 0 && !this.destroyed) {
      this.readSlice();
      if (this.unread.size > 0) await nextTask();
    }
    this.reading = null;
  }

  /** Resolves once every change seen so far is read (at once when nothing waits). */
  async whenRead(): Promise<void> {
    while (this.reading !== null) await this.reading;
  }

  /** Every valid entry read so far, newest first (the same array until something changes). */
  all = (): DocumentEntry[] => {
    this.sorted ??= [...this.byId.values()].sort((a, b) => b.updatedAt - a.updatedAt);
    return this.sorted;
  };

  /** Every valid entry read so far, in no order (no sort of 10,000 entries when the order does not matter). */
  unsorted(): IterableIterator<DocumentEntry> {
    return this.byId.values();
  }

  /**
   * One entry; one not read yet is read now (a link to it should not wait for the slices). It stays unread
   * too, so its slice still tells the listeners (the search index) about it.
   */
  get(id: string): DocumentEntry | undefined {
    // The list (all) changes with the slice, not here: get runs during renders, which must see one list.
    if (this.unread.has(id)) this.read(id);
    return this.byId.get(id);
  }

  /** Told of every slice read, with its ids (the search index follows each one). */
  subscribe = (listener: EntriesListener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * For screens (useSyncExternalStore's shape): told when the list changed, at most every LIST_EVERY_MS while
   * a large change is read, and once it is all read.
   */
  subscribeList = (listener: () => void): (() => void) => {
    this.listListeners.add(listener);
    return () => this.listListeners.delete(listener);
  };

  destroy(): void {
    this.destroyed = true;
    this.map.unobserve(this.onChange);
    this.listeners.clear();
    this.listListeners.clear();
  }
}
