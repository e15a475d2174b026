// The space index's list of sessions (shared/session-index.ts SESSIONS_MAP): editors and owners add a session when
// they create it and keep its status and notes document in step. Each write is one transaction with a named
// origin; reads are validated (any editor's client can write here).
import { useCallback } from 'react';
import type * as Y from 'yjs';
import type { SpaceMembership } from '../../../shared/ipc/contract';
import { indexRoom } from '../../../shared/rooms';
import {
  readSessionEntries,
  SESSIONS_MAP,
  type SessionIndexEntry,
  type SessionListing,
  sessionIndexEntry,
} from '../../../shared/session-index';
import { useRoom } from '../../rooms/RoomsProvider';
import { useYValue } from '../../rooms/useYValue';

export const SESSIONS_ORIGIN = 'sessions:index';

const sessionsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(SESSIONS_MAP);
const readSessions = (map: Y.Map<unknown>): SessionListing[] => readSessionEntries(map.entries());

export function addSessionEntry(
  doc: Y.Doc,
  id: string,
  entry: Pick<SessionIndexEntry, 'title' | 'date'>,
): void {
  const now = Date.now();
  const value = sessionIndexEntry.parse({ ...entry, status: 'ready', createdAt: now, updatedAt: now });
  doc.transact(() => sessionsMap(doc).set(id, value), SESSIONS_ORIGIN);
}

/** Merges changes into a session's entry; a missing or invalid entry is left alone. */
export function updateSessionEntry(doc: Y.Doc, id: string, changes: Partial<SessionIndexEntry>): void {
  doc.transact(() => {
    const map = sessionsMap(doc);
    const current = sessionIndexEntry.safeParse(map.get(id));
    if (!current.success) return;
    const next = sessionIndexEntry.safeParse({ ...current.data, ...changes, updatedAt: Date.now() });
    if (next.success && JSON.stringify(next.data) !== JSON.stringify(current.data)) map.set(id, next.data);
  }, SESSIONS_ORIGIN);
}

const NO_SESSIONS: SessionListing[] = [];

export interface SessionIndex {
  sessions: SessionListing[];
  add(id: string, entry: Pick<SessionIndexEntry, 'title' | 'date'>): void;
  update(id: string, changes: Partial<SessionIndexEntry>): void;
}

export function useSessionIndex(membership: SpaceMembership | null): SessionIndex {
  const room = useRoom(membership ? indexRoom(membership.space) : null, membership);
  const doc = room?.doc ?? null;
  const sessions = useYValue(doc ? sessionsMap(doc) : null, readSessions, NO_SESSIONS);
  const add = useCallback(
    (id: string, entry: Pick<SessionIndexEntry, 'title' | 'date'>) => {
      if (!doc) throw new Error('The space is not open yet.');
      addSessionEntry(doc, id, entry);
    },
    [doc],
  );
  const update = useCallback(
    (id: string, changes: Partial<SessionIndexEntry>) => {
      if (doc) updateSessionEntry(doc, id, changes);
    },
    [doc],
  );
  return { sessions, add, update };
}
