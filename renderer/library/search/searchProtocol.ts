// What the page and the search worker say to each other. The page owns the entries (from the index room);
// the worker owns the MiniSearch index, its saved copy in IndexedDB, and every search, so indexing 10,000
// entries never holds up the page.
import type { PackedHits, SearchDocument } from './searchIndex';

export type ToSearchWorker =
  /** Loads the saved index of this space (`key`), or starts an empty one. */
  | { type: 'open'; key: string }
  | { type: 'upsert'; documents: SearchDocument[] }
  | { type: 'remove'; ids: string[] }
  | { type: 'search'; requestId: number; query: string; limit: number }
  /** Saves now rather than after the usual pause (the page is going away). */
  | { type: 'save' };

export type FromSearchWorker =
  /** `versions`: updatedAt per entry in the loaded index (empty when nothing was saved or it was outdated). */
  | { type: 'opened'; key: string; versions: Record<string, number>; loadMs: number }
  /** Everything sent so far is indexed. */
  | { type: 'indexed'; count: number }
  | { type: 'results'; requestId: number; hits: PackedHits }
  | { type: 'saved'; key: string };
