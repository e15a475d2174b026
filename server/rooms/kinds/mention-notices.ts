// Telling members they were mentioned: when the relay stores a comment (or an edit) that mentions someone, it
// writes a notice into that member's inbox room (inbox.ts), and when the comment is deleted it withdraws the
// notices. The relay writes them itself, as it writes the comment, so nobody can forge one.
import type { DiscussionComment } from '../../../shared/discussion';
import { readCommentEvents } from '../../../shared/discussion';
import { INBOX_EVENTS, type InboxEvent, MENTION_NOTICES, type MentionNotice } from '../../../shared/mentions';
import { inboxRoom, parseRoomName } from '../../../shared/rooms';
import type { RequestContext } from './policy';

/** The comment's mentions now: the last edit's, or those it was posted with. */
export function currentMentions(context: RequestContext, comment: DiscussionComment): string[] {
  let mentions = comment.mentions ?? [];
  for (const event of readCommentEvents(context.room.doc)) {
    if (event.type === 'edit' && event.comment === comment.id) mentions = event.mentions ?? [];
  }
  return mentions;
}

/** Everyone the comment ever mentioned (posted, or added by any edit): who may hold a notice of it. */
function everMentioned(context: RequestContext, comment: DiscussionComment): Set<string> {
  const ids = new Set(comment.mentions ?? []);
  for (const event of readCommentEvents(context.room.doc)) {
    if (event.type === 'edit' && event.comment === comment.id)
      for (const id of event.mentions ?? []) ids.add(id);
  }
  return ids;
}

function inboxesOf(context: RequestContext, memberIds: Iterable<string>): string[] {
  const space = parseRoomName(context.room.name)?.space;
  if (!space) return [];
  return [...new Set(memberIds)].map((id) => inboxRoom(space, id));
}

/**
 * Writes a notice of `comment` (with `body`, its text now) into the inbox of each of `memberIds` but its
 * author, and resolves once they are stored.
 */
export async function notifyMentioned(
  context: RequestContext,
  comment: DiscussionComment,
  body: string,
  memberIds: readonly string[],
): Promise<void> {
  const document = parseRoomName(context.room.name)?.id;
  if (!document) return;
  const notice: MentionNotice = {
    comment: comment.id,
    thread: comment.thread,
    document,
    by: comment.author,
    body,
    at: context.now(),
  };
  // Mentioning oneself tells nobody anything.
  const others = memberIds.filter((id) => id !== comment.author.memberId);
  await Promise.all(
    inboxesOf(context, others).map((inbox) =>
      context.writeOtherRoomAsRelay(inbox, (doc) => doc.getArray(MENTION_NOTICES).push([notice])),
    ),
  );
}

/** Withdraws the notices of a deleted comment from every inbox that may hold one. */
export async function withdrawMentions(context: RequestContext, comment: DiscussionComment): Promise<void> {
  const event: InboxEvent = { type: 'withdrawn', comment: comment.id, at: context.now() };
  const author = comment.author.memberId;
  const mentioned = [...everMentioned(context, comment)].filter((id) => id !== author);
  await Promise.all(
    inboxesOf(context, mentioned).map((inbox) =>
      context.writeOtherRoomAsRelay(inbox, (doc) => doc.getArray(INBOX_EVENTS).push([event])),
    ),
  );
}
