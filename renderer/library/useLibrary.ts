// The open space's library for the screens: its entries (live from the index room's local replica and the
// relay, so it browses offline) and its search (the worker, fed from those entries once the replica loaded).
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { DocumentEntry } from '../../shared/documents';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { indexRoom } from '../../shared/rooms';
import { documentsMap } from '../drafts/model/spaceIndex';
import type { OpenRoom } from '../rooms/openRoom';
import { useRoom } from '../rooms/RoomsProvider';
import { LibraryEntries } from './model/libraryEntries';
import { LibrarySearch, type SearchReadiness } from './search/searchClient';

export interface Library {
  room: OpenRoom | null;
  entries: DocumentEntry[];
  store: LibraryEntries | null;
  search: LibrarySearch | null;
  readiness: SearchReadiness;
  /** Bumped whenever the search index took changes, so a shown search runs again. */
  indexVersion: number;
}

const NO_ENTRIES: DocumentEntry[] = [];
const noSubscription = () => () => {};
const noEntries = () => NO_ENTRIES;
const opening = (): SearchReadiness => 'opening';

export function useLibrary(membership: SpaceMembership | null): Library {
  const room = useRoom(membership ? indexRoom(membership.space) : null, membership);
  const [store, setStore] = useState<LibraryEntries | null>(null);
  const [search, setSearch] = useState<LibrarySearch | null>(null);
  const [indexVersion, setIndexVersion] = useState(0);

  useEffect(() => {
    if (!room) {
      setStore(null);
      return;
    }
    const created = new LibraryEntries(documentsMap(room.doc));
    setStore(created);
    return () => created.destroy();
  }, [room]);

  useEffect(() => {
    if (!room || !store) {
      setSearch(null);
      return;
    }
    const client = new LibrarySearch(`${room.serverUrl}\n${room.name}`);
    setSearch(client);
    const stop = client.subscribe(() => setIndexVersion((version) => version + 1));
    let cancelled = false;
    void room.whenLoaded.then(() => {
      if (!cancelled) void client.follow(store);
    });
    return () => {
      cancelled = true;
      stop();
      client.destroy();
    };
  }, [room, store]);

  const entries = useSyncExternalStore(store?.subscribeList ?? noSubscription, store?.all ?? noEntries);
  const readiness = useSyncExternalStore(
    search?.subscribe ?? noSubscription,
    search?.getReadiness ?? opening,
  );
  return { room, entries, store, search, readiness, indexVersion };
}
