// The index room's entries as the library reads them: each entry is validated once when it arrives or
// changes (not the whole map on every change, which 10,000 entries would feel), kept newest first, and every
// change is reported with the ids it touched, which the search worker then reindexes.
import type * as Y from 'yjs';
import { type DocumentEntry, readDocumentEntry } from '../../../shared/documents';

export type EntriesListener = (changed: ReadonlySet<string>) => void;

export class LibraryEntries {
  private readonly byId = new Map<string, DocumentEntry>();
  private sorted: DocumentEntry[] | null = null;
  private readonly listeners = new Set<EntriesListener>();

  constructor(private readonly map: Y.Map<unknown>) {
    for (const [id, value] of map.entries()) this.read(id, value);
    map.observe(this.onChange);
  }

  private read(id: string, value: unknown): void {
    const entry = value === undefined ? null : readDocumentEntry(id, value);
    if (entry) this.byId.set(id, entry);
    else this.byId.delete(id);
  }

  private readonly onChange = (event: Y.YMapEvent<unknown>): void => {
    for (const id of event.keysChanged) this.read(id, this.map.get(id));
    this.sorted = null;
    for (const listener of [...this.listeners]) listener(event.keysChanged);
  };

  /** Every valid entry, newest first (the same array until something changes). */
  all = (): DocumentEntry[] => {
    this.sorted ??= [...this.byId.values()].sort((a, b) => b.updatedAt - a.updatedAt);
    return this.sorted;
  };

  get(id: string): DocumentEntry | undefined {
    return this.byId.get(id);
  }

  /** useSyncExternalStore's shape when given a no-argument listener. */
  subscribe = (listener: EntriesListener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    this.map.unobserve(this.onChange);
    this.listeners.clear();
  }
}
