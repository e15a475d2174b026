// What a member's inbox room (`<space>/inbox/<memberId>`) holds, read as validated plain data: one notice per
// comment that mentions the member, and what happened since (read, or withdrawn because the comment was
// deleted). Only the relay writes an inbox (every client's connection to it is read-only) and only its member
// opens it, so readers keep only relay-written entries, as in discussion rooms.
import type * as Y from 'yjs';
import { z } from 'zod';
import { relayWrittenEntries } from './relay-writes';
import { ENTITY_ID_PATTERN } from './rooms';

/** Root Y.Array of the inbox: one notice per mention, in the order the relay wrote them. */
export const MENTION_NOTICES = 'mentions';
/** Root Y.Array of read marks and withdrawals, in order. */
export const INBOX_EVENTS = 'inbox-events';
/** Comments one `inbox:read` request may mark. */
export const MAX_MARKED_AT_ONCE = 100;

const entityId = z.string().regex(ENTITY_ID_PATTERN);

export const mentionNotice = z.object({
  /** The comment that mentions the member: a member has at most one live notice per comment. */
  comment: entityId,
  thread: entityId,
  /** The draft whose discussion holds the comment (its title is read from the space index). */
  document: entityId,
  by: z.object({ memberId: z.string(), name: z.string() }),
  /** The comment's text when the mention was made (a later edit that keeps the mention does not notify). */
  body: z.string(),
  /** The relay's clock when it wrote the notice. */
  at: z.number(),
});
export type MentionNotice = z.infer<typeof mentionNotice>;

export const inboxEvent = z.discriminatedUnion('type', [
  /** The member read these comments' notices (those written at or before `at`). */
  z.object({ type: z.literal('read'), comments: z.array(entityId).max(MAX_MARKED_AT_ONCE), at: z.number() }),
  /** The member marked every notice written at or before `at` read. */
  z.object({ type: z.literal('read-all'), at: z.number() }),
  /** The comment was deleted: its notice goes. */
  z.object({ type: z.literal('withdrawn'), comment: entityId, at: z.number() }),
]);
export type InboxEvent = z.infer<typeof inboxEvent>;

export interface Mention extends MentionNotice {
  read: boolean;
}

function readValid<T>(array: Y.Array<unknown>, schema: z.ZodType<T>): T[] {
  const valid: T[] = [];
  for (const entry of relayWrittenEntries(array)) {
    const parsed = schema.safeParse(entry);
    if (parsed.success) valid.push(parsed.data);
  }
  return valid;
}

/**
 * Notices and events reduced to what the member sees, newest first: the latest notice per comment (an edit
 * that mentions the member again notifies again), unread until a read mark at or after it, gone once withdrawn.
 * Comparing the relay's times rather than positions keeps the two arrays independent.
 */
export function reduceMentions(notices: readonly MentionNotice[], events: readonly InboxEvent[]): Mention[] {
  const latest = new Map<string, MentionNotice>();
  for (const notice of notices) {
    const seen = latest.get(notice.comment);
    if (!seen || notice.at >= seen.at) latest.set(notice.comment, notice);
  }
  const readAt = new Map<string, number>();
  let allReadAt = Number.NEGATIVE_INFINITY;
  const withdrawn = new Set<string>();
  for (const event of events) {
    if (event.type === 'withdrawn') withdrawn.add(event.comment);
    else if (event.type === 'read-all') allReadAt = Math.max(allReadAt, event.at);
    else
      for (const comment of event.comments) readAt.set(comment, Math.max(readAt.get(comment) ?? 0, event.at));
  }
  const mentions: Mention[] = [];
  for (const notice of latest.values()) {
    if (withdrawn.has(notice.comment)) continue;
    const read =
      notice.at <= allReadAt || notice.at <= (readAt.get(notice.comment) ?? Number.NEGATIVE_INFINITY);
    mentions.push({ ...notice, read });
  }
  return mentions.sort((a, b) => b.at - a.at);
}

/** The inbox as its member reads it (see reduceMentions). */
export const readMentions = (doc: Y.Doc): Mention[] =>
  reduceMentions(
    readValid(doc.getArray(MENTION_NOTICES), mentionNotice),
    readValid(doc.getArray(INBOX_EVENTS), inboxEvent),
  );

export const unreadMentions = (mentions: readonly Mention[]): number =>
  mentions.reduce((count, mention) => count + (mention.read ? 0 : 1), 0);
