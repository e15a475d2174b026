// Requests answered in discussion rooms (`<space>/doc/<id>/discussion`): comments, their edits and deletions,
// and resolving threads, all written by the relay for people (who may only ask).
import { z } from 'zod';
import { commentAnchor, discussionComment, mentionList } from '../discussion';
import { ENTITY_ID_PATTERN } from '../rooms';
import type { RequestSchemas } from './request-schemas';

const commentId = z.string().regex(ENTITY_ID_PATTERN);
const commentBody = z.string().trim().min(1).max(10_000);
const done = z.object({ ok: z.literal(true) });

export const discussionRequests = {
  /**
   * Commenter and up: the relay appends the comment to the room's `comments` array with its own client id,
   * stamping author and time itself (any such fields in the input are ignored). `thread` is the id of a
   * thread's first comment; without it the comment starts a new thread, anchored to `anchor` when given.
   * `mentions` are member ids; the relay keeps only current members of the space.
   */
  'comment:post': {
    input: z.object({
      thread: commentId.optional(),
      body: commentBody,
      anchor: commentAnchor.optional(),
      mentions: mentionList.optional(),
    }),
    output: z.object({ comment: discussionComment }),
  },
  /** The comment's own author only: a new body (and mentions), recorded as an edit event by the relay. */
  'comment:edit': {
    input: z.object({ comment: commentId, body: commentBody, mentions: mentionList.optional() }),
    output: done,
  },
  /** The comment's author, or an owner (moderation): recorded as a deletion event by the relay. */
  'comment:delete': {
    input: z.object({ comment: commentId }),
    output: done,
  },
  /** Commenter and up: resolve (true) or reopen (false) a thread. */
  'thread:resolve': {
    input: z.object({ thread: commentId, resolved: z.boolean() }),
    output: done,
  },
} as const satisfies RequestSchemas;
