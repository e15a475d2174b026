// How workshop sessions are listed in the space index (`<space>/index`): the sessions map's validated entries,
// read as plain data, and new session ids. What a session room itself holds is sessions.ts.
import { z } from 'zod';
import { ENTITY_ID_PATTERN } from './rooms';
import { SESSION_STATUSES } from './sessions';

const entityId = z.string().regex(ENTITY_ID_PATTERN);

/** The Y.Map in the index room (`<space>/index`) listing sessions: id -> entry. Editors and owners write it. */
export const SESSIONS_MAP = 'sessions';

export const sessionIndexEntry = z.object({
  title: z.string().trim().min(1).max(200),
  date: z.string().max(40),
  status: z.enum(SESSION_STATUSES),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  /** The session-notes library document written when it closed, once there is one. */
  notesDocumentId: entityId.optional(),
});
export type SessionIndexEntry = z.infer<typeof sessionIndexEntry>;

export interface SessionListing extends SessionIndexEntry {
  id: string;
}

/** Every valid entry of the index's sessions map (a plain snapshot of its entries), newest first. */
export function readSessionEntries(entries: Iterable<[string, unknown]>): SessionListing[] {
  const sessions: SessionListing[] = [];
  for (const [id, value] of entries) {
    if (!ENTITY_ID_PATTERN.test(id)) continue;
    const parsed = sessionIndexEntry.safeParse(value);
    if (parsed.success) sessions.push({ id, ...parsed.data });
  }
  return sessions.sort((a, b) => b.createdAt - a.createdAt);
}

/** A new session id (URL-safe, 16 random characters), for the index entry and the room name. */
export function newSessionId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_');
}
