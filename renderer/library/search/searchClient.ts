// The page's side of library search: opens the space's saved index in the worker, sends it only the entries
// that changed since it was saved (all of them, in small batches, when it must rebuild), follows every later
// change, and turns searches into promises. Batches keep each message's copying short: the page never stalls.
import type { DocumentEntry } from '../../../shared/documents';
import type { LibraryEntries } from '../model/libraryEntries';
import { nextTask } from '../nextTask';
import { type SearchDocument, type SearchHit, unpackHits } from './searchIndex';
import type { FromSearchWorker, ToSearchWorker } from './searchProtocol';

const BATCH = 200;

export type SearchReadiness = 'opening' | 'indexing' | 'ready';

export const searchDocument = (entry: DocumentEntry): SearchDocument => ({
  id: entry.id,
  title: entry.title,
  summary: entry.summary,
  text: entry.text,
  language: entry.language,
  updatedAt: entry.updatedAt,
});

export const createSearchWorker = (): Worker =>
  new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'library-search' });

export class LibrarySearch {
  private readonly worker: Worker;
  private requestId = 0;
  private readonly pending = new Map<number, (hits: SearchHit[]) => void>();
  private readonly listeners = new Set<() => void>();
  private readiness: SearchReadiness = 'opening';
  private versions: Record<string, number> | null = null;
  private whenOpened: Promise<void>;
  private markOpened: () => void = () => {};
  private stopFollowing: (() => void) | null = null;
  private destroyed = false;
  private readonly saveWaiters: (() => void)[] = [];
  /** How long the saved index took to load in the worker (ms), for the bench. */
  loadMs = 0;

  constructor(
    readonly key: string,
    createWorker: () => Worker = createSearchWorker,
  ) {
    this.worker = createWorker();
    this.whenOpened = new Promise((resolve) => {
      this.markOpened = resolve;
    });
    this.worker.onmessage = (event: MessageEvent<FromSearchWorker>) => this.onMessage(event.data);
    this.post({ type: 'open', key });
  }

  private post(message: ToSearchWorker): void {
    if (!this.destroyed) this.worker.postMessage(message);
  }

  private onMessage(message: FromSearchWorker): void {
    switch (message.type) {
      case 'opened':
        this.versions = message.versions;
        this.loadMs = message.loadMs;
        this.markOpened();
        return;
      case 'results':
        this.pending.get(message.requestId)?.(unpackHits(message.hits));
        this.pending.delete(message.requestId);
        return;
      case 'saved':
        for (const resolve of this.saveWaiters.splice(0)) resolve();
        for (const listener of [...this.listeners]) listener();
        return;
      case 'indexed':
        for (const listener of [...this.listeners]) listener();
        return;
    }
  }

  /** Resolves once the saved index (if any) is loaded: searches answer from then on. */
  opened(): Promise<void> {
    return this.whenOpened;
  }

  getReadiness = (): SearchReadiness => this.readiness;

  /** Called when readiness changes or the index took new entries (so a search can run again). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private setReadiness(readiness: SearchReadiness): void {
    this.readiness = readiness;
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Brings the worker's index in line with `entries` (call once the index room's local replica has loaded,
   * or entries missing only because they have not loaded yet would be dropped), then follows their changes.
   */
  async follow(entries: LibraryEntries): Promise<void> {
    await this.whenOpened;
    // Entries are read in slices after a large change (the replica loading): compare with all of them.
    await entries.whenRead();
    if (this.destroyed) return;
    this.stopFollowing?.();
    this.stopFollowing = entries.subscribe((changed) => {
      const upserts: SearchDocument[] = [];
      const removed: string[] = [];
      for (const id of changed) {
        const entry = entries.get(id);
        if (entry) upserts.push(searchDocument(entry));
        else removed.push(id);
      }
      if (removed.length > 0) this.post({ type: 'remove', ids: removed });
      if (upserts.length > 0) void this.sendInBatches(upserts);
    });
    const saved = this.versions ?? {};
    const current = [...entries.unsorted()];
    const present = new Set(current.map((entry) => entry.id));
    const gone = Object.keys(saved).filter((id) => !present.has(id));
    const stale = current.filter((entry) => saved[entry.id] !== entry.updatedAt);
    if (gone.length > 0) this.post({ type: 'remove', ids: gone });
    if (stale.length === 0) {
      this.setReadiness('ready');
      return;
    }
    this.setReadiness('indexing');
    await this.sendInBatches(stale.map(searchDocument));
    // Answered after every batch above: the worker handles messages in order.
    await this.search('', 0);
    this.setReadiness('ready');
  }

  /** A large change (a first sync from the relay, a rebuild) goes in batches, a task apart. */
  private async sendInBatches(documents: SearchDocument[]): Promise<void> {
    for (let start = 0; start < documents.length; start += BATCH) {
      if (start > 0) await nextTask();
      this.post({ type: 'upsert', documents: documents.slice(start, start + BATCH) });
    }
  }

  search(query: string, limit = 500): Promise<SearchHit[]> {
    if (this.destroyed) return Promise.resolve([]);
    this.requestId += 1;
    const requestId = this.requestId;
    return new Promise((resolve) => {
      this.pending.set(requestId, resolve);
      this.post({ type: 'search', requestId, query, limit });
    });
  }

  /** Saves the index now; resolves once it is in IndexedDB. */
  save(): Promise<void> {
    return new Promise((resolve) => {
      this.saveWaiters.push(resolve);
      this.post({ type: 'save' });
    });
  }

  /** Saves what is not saved yet, then stops the worker. */
  destroy(): void {
    if (this.destroyed) return;
    this.stopFollowing?.();
    const worker = this.worker;
    // Stopped once the save is in IndexedDB (writing 10,000 entries' index can take seconds on a busy
    // machine), or after a while if the worker never answers.
    const stop = setTimeout(() => worker.terminate(), 20_000);
    this.saveWaiters.push(() => {
      clearTimeout(stop);
      worker.terminate();
    });
    this.post({ type: 'save' });
    this.destroyed = true;
    for (const resolve of this.pending.values()) resolve([]);
    this.pending.clear();
    this.listeners.clear();
  }
}
