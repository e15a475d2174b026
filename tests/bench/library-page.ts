// Bench page for the library (bundled by library-chromium.ts, run in Chromium): the app's own library code
// (index entries read from a Y.Doc kept by the room cache's replica, the search worker and its saved index)
// over 10,000 synthetic entries. `window.libraryBench` is driven by the runner; figures only, never pass/fail.
import * as Y from 'yjs';
import { LibraryEntries } from '../../renderer/library/model/libraryEntries';
import { LibrarySearch } from '../../renderer/library/search/searchClient';
import { ChunkedReplica } from '../../renderer/rooms/chunkedReplica';
import { DOCUMENTS_MAP } from '../../shared/documents';
import { syntheticEntries } from '../support/synthetic-library';

const REPLICA = 'bench:library-index';
const KEY = 'bench\nbench/index';
const worker = () => new Worker('/worker.js', { type: 'module' });

async function openIndex(): Promise<{ doc: Y.Doc; replica: ChunkedReplica }> {
  const doc = new Y.Doc();
  const replica = new ChunkedReplica(REPLICA, doc);
  await replica.whenSynced;
  return { doc, replica };
}

/** The longest main-thread task (longtask entries, 50 ms or more) seen while `work` runs; 0 when none. */
async function longestBlock<T>(work: () => Promise<T>): Promise<{ result: T; longestMs: number }> {
  let longestMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestMs = Math.max(longestMs, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const result = await work();
  // Long tasks are reported after they end: let the last ones arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return { result, longestMs };
}

/** Opens the index replica: how long it took, and the longest task of the page meanwhile (0 when none). */
async function timedOpen(): Promise<{ doc: Y.Doc; openMs: number; openBlockMs: number }> {
  const opening = performance.now();
  let openMs = 0;
  const { result, longestMs } = await longestBlock(async () => {
    const { doc } = await openIndex();
    openMs = performance.now() - opening;
    return doc;
  });
  return { doc: result, openMs, openBlockMs: longestMs };
}

const bench = {
  /**
   * Writes `count` entries into the index replica (as a relay sync would bring them), then stores it as the
   * app does after its first load (rewritten in parts).
   */
  async seed(count: number, seed: number): Promise<void> {
    const { doc, replica } = await openIndex();
    const map = doc.getMap(DOCUMENTS_MAP);
    doc.transact(() => {
      for (const { id, ...entry } of syntheticEntries(count, seed)) map.set(id, entry);
    });
    await replica.rewrite();
    await replica.destroy();
  },

  /**
   * A full rebuild in the worker (no saved index), timed, with the page's longest block. Starts in a task of
   * its own once the index room's replica is open: loading the replica is the room cache's work, done for
   * every screen of the space with or without the library, and reported apart (openMs).
   */
  async rebuild(): Promise<{
    ms: number;
    longestBlockMs: number;
    entries: number;
    readMs: number;
    openMs: number;
    openBlockMs: number;
  }> {
    const { doc, openMs, openBlockMs } = await timedOpen();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const started = performance.now();
    const { result, longestMs } = await longestBlock(async () => {
      const entries = new LibraryEntries(doc.getMap(DOCUMENTS_MAP));
      await entries.whenRead();
      const readMs = performance.now() - started;
      const search = new LibrarySearch(KEY, worker);
      await search.follow(entries);
      const ms = performance.now() - started;
      await search.save();
      return { ms, readMs, entries: [...entries.unsorted()].length };
    });
    return { ...result, openMs, openBlockMs, longestBlockMs: longestMs };
  },

  /**
   * After a reload: from the page's start to the first search answered from the saved index (the worker
   * starting, loading the saved index, one query there and back). Then the index room's replica opens, timed
   * apart (openMs): it is the room cache's, and holds the page the same with or without the library.
   */
  async openAndSearch(queries: string[]): Promise<{
    searchableMs: number;
    openMs: number;
    openBlockMs: number;
    searchMs: number[];
    found: number;
  }> {
    const search = new LibrarySearch(KEY, worker);
    const first = await search.search(queries[0] ?? 'a');
    const searchableMs = performance.now();
    const { doc, openMs, openBlockMs } = await timedOpen();
    const entries = new LibraryEntries(doc.getMap(DOCUMENTS_MAP));
    await search.follow(entries);
    const searchMs: number[] = [];
    let found = first.length;
    for (const query of queries) {
      const start = performance.now();
      const hits = await search.search(query);
      searchMs.push(performance.now() - start);
      found += hits.length;
    }
    return { searchableMs, openMs, openBlockMs, searchMs, found };
  },
};

/** What the runner (library-chromium.ts) calls in the page. */
export type LibraryBench = typeof bench;

(window as unknown as { libraryBench: LibraryBench }).libraryBench = bench;
