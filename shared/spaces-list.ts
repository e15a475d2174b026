// The rules for the two lists both platforms keep (desktop settings file, browser storage): joined spaces,
// one per server and space, the latest joined last; recent documents, newest first, one per document, capped.
import type { RecentDocument } from './ipc/contract';

export const MAX_SPACES = 500;
export const MAX_RECENT_DOCUMENTS = 20;

export interface SpaceKey {
  serverUrl: string;
  space: string;
}

/** Spaces on different relays can share an id, so a space is always named by server and id together. */
export const sameSpace = (a: SpaceKey, b: SpaceKey): boolean =>
  a.serverUrl === b.serverUrl && a.space === b.space;

/** Adds a space, or replaces the one with the same key, moving it last (the one opened next time). */
export function withSpace<T extends SpaceKey>(list: readonly T[], space: T): T[] {
  const others = list.filter((entry) => !sameSpace(entry, space));
  if (others.length >= MAX_SPACES) throw new Error(`cannot join more than ${MAX_SPACES} spaces`);
  return [...others, space];
}

export function withoutSpace<T extends SpaceKey>(list: readonly T[], key: SpaceKey): T[] {
  return list.filter((entry) => !sameSpace(entry, key));
}

const sameDocument = (a: RecentDocument, b: RecentDocument) => sameSpace(a, b) && a.id === b.id;

/** Puts a document first (dropping its older entry) and keeps at most MAX_RECENT_DOCUMENTS. */
export function withRecentDocument(
  list: readonly RecentDocument[],
  document: RecentDocument,
): RecentDocument[] {
  return [document, ...list.filter((entry) => !sameDocument(entry, document))].slice(0, MAX_RECENT_DOCUMENTS);
}
