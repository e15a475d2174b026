// Bookmarks: the entries a person keeps at hand, per space, on this device only (localStorage), so they need
// no connection and tell nobody else what someone reads.
import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';

const bookmarksSchema = z.array(z.string().max(64)).max(10_000);
const storageKey = (serverUrl: string, space: string) => `commons.library.bookmarks:${serverUrl}:${space}`;

function load(key: string): string[] {
  try {
    const parsed = bookmarksSchema.safeParse(JSON.parse(localStorage.getItem(key) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export interface Bookmarks {
  ids: ReadonlySet<string>;
  toggle(id: string): void;
}

export function useBookmarks(space: { serverUrl: string; space: string } | null): Bookmarks {
  const key = space ? storageKey(space.serverUrl, space.space) : null;
  const [ids, setIds] = useState<ReadonlySet<string>>(() => new Set(key ? load(key) : []));

  useEffect(() => {
    setIds(new Set(key ? load(key) : []));
    if (!key) return;
    // Another window of the app bookmarking in the same space.
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) setIds(new Set(load(key)));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [key]);

  const toggle = useCallback(
    (id: string) => {
      if (!key) return;
      const next = new Set(load(key));
      if (next.has(id)) next.delete(id);
      else next.add(id);
      localStorage.setItem(key, JSON.stringify([...next]));
      setIds(next);
    },
    [key],
  );

  return { ids, toggle };
}
