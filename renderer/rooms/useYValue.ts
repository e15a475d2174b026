// Reads a plain value out of a Yjs type (or a whole document) for React, through useSyncExternalStore: the read
// function turns the Yjs data into validated plain data, and runs again only when the type (or anything inside
// it) changes, or for a document, on each of its updates. Yjs types themselves never become React state.
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import * as Y from 'yjs';

// biome-ignore lint/suspicious/noExplicitAny: Yjs types are generic over their content; any type will do here.
type AnyYType = Y.AbstractType<any>;

/**
 * How many transactions each document has seen. React subscribes only after it has committed the first read,
 * so a change can land in between (a room's first sync from the relay often does); the subscription compares
 * this count with the read's to tell, without reading again when nothing happened.
 */
const transactions = new WeakMap<Y.Doc, { count: number }>();
function transactionsOf(doc: Y.Doc): { count: number } {
  const known = transactions.get(doc);
  if (known) return known;
  const counter = { count: 0 };
  doc.on('afterTransaction', () => {
    counter.count += 1;
  });
  transactions.set(doc, counter);
  return counter;
}

/**
 * `read` should return validated plain data (a feature's model/ read function); `fallback` is what shows
 * while there is no type yet (keep it a constant, e.g. a module-level empty array). A Y.Doc is followed
 * whole, for reads that span several of its root types.
 */
export function useYValue<S extends AnyYType | Y.Doc, T>(
  type: S | null | undefined,
  read: (type: S) => T,
  fallback: T,
  options: { atMostEveryMs?: number } = {},
): T {
  const { atMostEveryMs = 0 } = options;
  const latestRead = useRef(read);
  latestRead.current = read;
  const latestFallback = useRef(fallback);
  latestFallback.current = fallback;

  // One snapshot cache per Yjs type, dropped on each change inside it.
  const store = useMemo(() => {
    const doc = type instanceof Y.Doc ? type : (type?.doc ?? null);
    const seen = doc ? transactionsOf(doc) : null;
    let cached: { value: T; at: number } | null = null;
    return {
      subscribe(onChange: () => void): () => void {
        if (!type) return () => {};
        // React reads the snapshot again right after this; a change since the cached read must show in it.
        if (cached && seen && cached.at !== seen.count) cached = null;
        // With atMostEveryMs, a burst of changes (a large room arriving in parts) is told at once, then at
        // most that often, and once more after the last, rather than re-reading everything for each part.
        let toldAt = Number.NEGATIVE_INFINITY;
        let timer: ReturnType<typeof setTimeout> | null = null;
        const tell = () => {
          timer = null;
          toldAt = performance.now();
          onChange();
        };
        const changed = () => {
          cached = null;
          const wait = toldAt + atMostEveryMs - performance.now();
          if (wait <= 0) tell();
          else timer ??= setTimeout(tell, wait);
        };
        const stop = () => {
          if (timer) clearTimeout(timer);
        };
        if (type instanceof Y.Doc) {
          type.on('update', changed);
          return () => {
            stop();
            type.off('update', changed);
          };
        }
        type.observeDeep(changed);
        return () => {
          stop();
          type.unobserveDeep(changed);
        };
      },
      snapshot(): T {
        if (!type) return latestFallback.current;
        cached ??= { value: latestRead.current(type), at: seen?.count ?? 0 };
        return cached.value;
      },
    };
  }, [type, atMostEveryMs]);

  const subscribe = useCallback((onChange: () => void) => store.subscribe(onChange), [store]);
  return useSyncExternalStore(subscribe, store.snapshot, store.snapshot);
}
