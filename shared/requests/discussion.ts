// Requests answered in discussion rooms (`<space>/doc/<id>/discussion`): comments the relay writes for people.
import { z } from 'zod';
import { discussionComment } from '../discussion';
import { ENTITY_ID_PATTERN } from '../rooms';
import type { RequestSchemas } from './request-schemas';

export const discussionRequests = {
  /**
   * Commenter and up: the relay appends the comment to the room's `comments` array with its own client id,
   * stamping author and time itself (any such fields in the input are ignored). `thread` is the id of a
   * thread's first comment; without it the comment starts a new thread.
   */
  'comment:post': {
    input: z.object({
      thread: z.string().regex(ENTITY_ID_PATTERN).optional(),
      body: z.string().trim().min(1).max(10_000),
    }),
    output: z.object({ comment: discussionComment }),
  },
} as const satisfies RequestSchemas;
