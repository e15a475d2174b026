// The discussion room's request handlers: the relay writes comments and what happens to them (edits,
// deletions, resolution) under its own client id, stamping author and time itself, after checking who asks.
// Rules: commenters and up post, reply and resolve or reopen; only a comment's author edits it; its author or
// an owner (moderation) deletes it; mentions keep only current members of the space, and each member a comment
// newly mentions is told in their inbox (mention-notices.ts).
import { randomBytes } from 'node:crypto';
import {
  COMMENT_EVENTS,
  COMMENTS,
  type CommentEvent,
  type DiscussionComment,
  readCommentEvents,
  readComments,
  readThreads,
} from '../../../shared/discussion';
import { atLeast } from '../../../shared/roles';
import { parseRoomName } from '../../../shared/rooms';
import { currentMentions, notifyMentioned, withdrawMentions } from './mention-notices';
import { type RequestContext, type RequestHandler, RequestRefused } from './policy';

const newCommentId = (): string => randomBytes(12).toString('base64url');

function mustComment(context: RequestContext): void {
  if (!atLeast(context.member.role, 'commenter')) {
    throw new RequestRefused('forbidden', 'your role cannot comment in this space');
  }
}

const stampedBy = ({ member }: RequestContext) => ({ memberId: member.id, name: member.name });

/** The comment as it is now (after edits and deletions), or a refusal when there is no such living comment. */
function livingComment(context: RequestContext, id: string): DiscussionComment {
  const comment = readComments(context.room.doc).find((candidate) => candidate.id === id);
  const deleted = readCommentEvents(context.room.doc).some(
    (event) => event.type === 'delete' && event.comment === id,
  );
  if (!comment || deleted) throw new RequestRefused('bad-request', 'there is no comment with that id here');
  return comment;
}

/** The mentioned ids that are current members of this room's space, each once; none when members are unknown. */
async function keptMentions(context: RequestContext, ids: readonly string[] | undefined): Promise<string[]> {
  const wanted = new Set(ids ?? []);
  const space = parseRoomName(context.room.name)?.space;
  const store = context.stores.members;
  if (wanted.size === 0 || !space || !store) return [];
  const members = await store.listMembers(space);
  return members
    .filter((member) => member.revokedAt === null && wanted.has(member.id))
    .map((member) => member.id);
}

async function appendEvent(context: RequestContext, event: CommentEvent): Promise<{ ok: true }> {
  context.writeAsRelay((doc) => doc.getArray(COMMENT_EVENTS).push([event]));
  // Answer once it is stored, so "done" means it survives a relay restart.
  await context.room.flush();
  return { ok: true };
}

export const postComment: RequestHandler<'comment:post'> = async (input, context) => {
  mustComment(context);
  const id = newCommentId();
  if (input.thread !== undefined && !readComments(context.room.doc).some((c) => c.id === input.thread)) {
    throw new RequestRefused('bad-request', 'there is no thread with that id here');
  }
  const mentions = await keptMentions(context, input.mentions);
  const comment: DiscussionComment = {
    id,
    thread: input.thread ?? id,
    body: input.body,
    author: stampedBy(context),
    createdAt: context.now(),
    // A reply belongs to its thread's range; only a thread's first comment carries one.
    ...(input.anchor && input.thread === undefined ? { anchor: input.anchor } : {}),
    ...(mentions.length > 0 ? { mentions } : {}),
  };
  context.writeAsRelay((doc) => doc.getArray(COMMENTS).push([comment]));
  await context.room.flush();
  await notifyMentioned(context, comment, comment.body, mentions);
  return { comment };
};

export const editComment: RequestHandler<'comment:edit'> = async (input, context) => {
  mustComment(context);
  const comment = livingComment(context, input.comment);
  if (comment.author.memberId !== context.member.id) {
    throw new RequestRefused('forbidden', 'only its author can edit a comment');
  }
  const before = new Set(currentMentions(context, comment));
  const mentions = await keptMentions(context, input.mentions);
  const done = await appendEvent(context, {
    type: 'edit',
    comment: comment.id,
    body: input.body,
    mentions,
    by: stampedBy(context),
    at: context.now(),
  });
  // Only those the edit adds are told: the others were told when they were first mentioned.
  const added = mentions.filter((id) => !before.has(id));
  await notifyMentioned(context, comment, input.body, added);
  return done;
};

export const deleteComment: RequestHandler<'comment:delete'> = async (input, context) => {
  mustComment(context);
  const comment = livingComment(context, input.comment);
  if (comment.author.memberId !== context.member.id && context.member.role !== 'owner') {
    throw new RequestRefused('forbidden', 'only its author or an owner can delete a comment');
  }
  const done = await appendEvent(context, {
    type: 'delete',
    comment: comment.id,
    by: stampedBy(context),
    at: context.now(),
  });
  await withdrawMentions(context, comment);
  return done;
};

export const resolveThread: RequestHandler<'thread:resolve'> = (input, context) => {
  mustComment(context);
  const thread = readThreads(context.room.doc).find((candidate) => candidate.id === input.thread);
  if (!thread) throw new RequestRefused('bad-request', 'there is no thread with that id here');
  // Asking for what already is changes nothing and writes nothing.
  if ((thread.resolved !== null) === input.resolved) return { ok: true };
  return appendEvent(context, {
    type: input.resolved ? 'resolve' : 'reopen',
    thread: thread.id,
    by: stampedBy(context),
    at: context.now(),
  });
};
