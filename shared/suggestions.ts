// Suggestions (tracked changes): the body holds only a suggestion node with an id and a type; who made it and
// when is a record the relay writes into the document's discussion room, so neither can be forged by a client.
import type * as Y from 'yjs';
import { z } from 'zod';
import { relayWrittenEntries } from './relay-writes';
import { canWrite, type Role } from './roles';

/** Lexical node type of a suggestion in the body, and the two node properties it syncs through Yjs. */
export const SUGGESTION_NODE_TYPE = 'suggestion';
export const SUGGESTION_ID_PROPERTY = '__suggestionId';
export const SUGGESTION_TYPE_PROPERTY = '__suggestionType';

/**
 * insert: the wrapped text is proposed; delete: the wrapped text is proposed for removal; split: an empty marker
 * at the start of a paragraph made by pressing Enter (rejecting it joins the paragraph back to the previous one);
 * join: an empty marker at the start of a paragraph proposed to join the one before it (Backspace at its start,
 * or a deletion across the break; accepting it joins them).
 */
export const SUGGESTION_TYPES = ['insert', 'delete', 'split', 'join'] as const;
export type SuggestionType = (typeof SUGGESTION_TYPES)[number];
export const isSuggestionType = (value: unknown): value is SuggestionType =>
  typeof value === 'string' && (SUGGESTION_TYPES as readonly string[]).includes(value);

/** The empty suggestions that stand for a paragraph break (proposed, or proposed for removal), not for text. */
export const isBreakMarkerType = (type: SuggestionType): boolean => type === 'split' || type === 'join';

/** Random ids a client makes (16 bytes, base64url): unguessable, so nobody claims one before it exists. */
export const SUGGESTION_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
export const suggestionId = z.string().regex(SUGGESTION_ID_PATTERN);

/** Root Y.Array of the discussion room holding the relay's suggestion records and outcomes, in order. */
export const SUGGESTION_RECORDS = 'suggestions';

export const MAX_SUGGESTION_EXCERPT = 200;

const person = z.object({ memberId: z.string(), name: z.string() });

/** The relay's word on a suggestion: who made it and when (first record of an id wins), or who settled it. */
export const suggestionRecord = z.discriminatedUnion('event', [
  z.object({
    event: z.literal('made'),
    id: suggestionId,
    type: z.enum(SUGGESTION_TYPES),
    /** The text as it was when recorded, for the thread and for lists. */
    excerpt: z.string().max(MAX_SUGGESTION_EXCERPT),
    author: person,
    at: z.number(),
  }),
  z.object({
    event: z.enum(['accepted', 'rejected']),
    id: suggestionId,
    by: person,
    at: z.number(),
  }),
]);
export type SuggestionRecord = z.infer<typeof suggestionRecord>;

/** What the panel shows about one suggestion id. */
export interface SuggestionInfo {
  id: string;
  type: SuggestionType;
  excerpt: string;
  author: { memberId: string; name: string };
  at: number;
  settled: { outcome: 'accepted' | 'rejected'; by: { memberId: string; name: string }; at: number } | null;
}

/** Records as read from the discussion room: relay-written entries only, validated, first "made" per id. */
export function readSuggestionRecords(doc: Y.Doc): Map<string, SuggestionInfo> {
  const byId = new Map<string, SuggestionInfo>();
  for (const entry of relayWrittenEntries(doc.getArray(SUGGESTION_RECORDS))) {
    const parsed = suggestionRecord.safeParse(entry);
    if (!parsed.success) continue;
    const record = parsed.data;
    if (record.event === 'made') {
      if (byId.has(record.id)) continue;
      byId.set(record.id, {
        id: record.id,
        type: record.type,
        excerpt: record.excerpt,
        author: record.author,
        at: record.at,
        settled: null,
      });
    } else {
      const info = byId.get(record.id);
      if (info) info.settled = { outcome: record.event, by: record.by, at: record.at };
    }
  }
  return byId;
}

/** Root Y.Array of the discussion room holding the owner's choices about who decides (relay-written, last wins). */
export const SUGGESTION_SETTINGS = 'suggestion-settings';

/** Who settles suggestions: editors and owners, or only owners and the chosen leads when the owner said so. */
export const suggestionSettings = z.object({
  /** When true, everyone but owners and `leads` suggests: the relay refuses their direct edits of the body. */
  leadsOnly: z.boolean(),
  /** Member ids of the chosen leads. */
  leads: z.array(z.string().min(1).max(64)).max(200),
});
export type SuggestionSettings = z.infer<typeof suggestionSettings>;
export const DEFAULT_SUGGESTION_SETTINGS: SuggestionSettings = { leadsOnly: false, leads: [] };

const settingsEntry = suggestionSettings.extend({ by: person, at: z.number() });

/** The owner's latest choice, as the relay wrote it (entries anyone else wrote are ignored). */
export function readSuggestionSettings(doc: Y.Doc): SuggestionSettings {
  const entries = relayWrittenEntries(doc.getArray(SUGGESTION_SETTINGS));
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const parsed = settingsEntry.safeParse(entries[i]);
    if (parsed.success) return { leadsOnly: parsed.data.leadsOnly, leads: parsed.data.leads };
  }
  return DEFAULT_SUGGESTION_SETTINGS;
}

/** Whether a member accepts and rejects suggestions, and edits the body directly, under these settings. */
export function decidesSuggestions(
  member: { id: string; role: Role },
  settings: SuggestionSettings,
): boolean {
  if (!canWrite(member.role, 'doc')) return false;
  return !settings.leadsOnly || member.role === 'owner' || settings.leads.includes(member.id);
}
