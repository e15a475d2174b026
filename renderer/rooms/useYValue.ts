// Reads a plain value out of a Yjs type (or a whole document) for React, through useSyncExternalStore: the read
// function turns the Yjs data into validated plain data, and runs again only when the type (or anything inside
// it) changes, or for a document, on each of its updates. Yjs types themselves never become React state.
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import * as Y from 'yjs';

// biome-ignore lint/suspicious/noExplicitAny: Yjs types are generic over their content; any type will do here.
type AnyYType = Y.AbstractType<any>;

/**
 * `read` should return validated plain data (a feature's model/ read function); `fallback` is what shows
 * while there is no type yet (keep it a constant, e.g. a module-level empty array). A Y.Doc is followed
 * whole, for reads that span several of its root types.
 */
export function useYValue<S extends AnyYType | Y.Doc, T>(
  type: S | null | undefined,
  read: (type: S) => T,
  fallback: T,
): T {
  const latestRead = useRef(read);
  latestRead.current = read;
  const latestFallback = useRef(fallback);
  latestFallback.current = fallback;

  // One snapshot cache per Yjs type, dropped on each change inside it.
  const store = useMemo(() => {
    let cached: { value: T } | null = null;
    return {
      subscribe(onChange: () => void): () => void {
        if (!type) return () => {};
        const changed = () => {
          cached = null;
          onChange();
        };
        if (type instanceof Y.Doc) {
          type.on('update', changed);
          return () => type.off('update', changed);
        }
        type.observeDeep(changed);
        return () => type.unobserveDeep(changed);
      },
      snapshot(): T {
        if (!type) return latestFallback.current;
        cached ??= { value: latestRead.current(type) };
        return cached.value;
      },
    };
  }, [type]);

  const subscribe = useCallback((onChange: () => void) => store.subscribe(onChange), [store]);
  return useSyncExternalStore(subscribe, store.snapshot, store.snapshot);
}
