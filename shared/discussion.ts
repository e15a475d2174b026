// What a discussion room (`<space>/doc/<id>/discussion`) holds, read as validated plain data. Comments are
// written by the relay (the `comment:post` request), never by clients directly, so author and time are the
// relay's; consultations will grow this shape (anchors, resolution, suggestions).

import type * as Y from 'yjs';
import { z } from 'zod';
import { relayWrittenEntries } from './relay-writes';
import { ENTITY_ID_PATTERN } from './rooms';

/** Root Y.Array of the discussion room: one plain JSON entry per comment, in the order the relay took them. */
export const COMMENTS = 'comments';

export const discussionComment = z.object({
  id: z.string().regex(ENTITY_ID_PATTERN),
  /** Id of the thread's first comment (its own id when it starts a thread). */
  thread: z.string().regex(ENTITY_ID_PATTERN),
  body: z.string(),
  author: z.object({ memberId: z.string(), name: z.string() }),
  /** The relay's clock (ms since the epoch) when it took the comment. */
  createdAt: z.number(),
});
export type DiscussionComment = z.infer<typeof discussionComment>;

export interface DiscussionThread {
  id: string;
  comments: DiscussionComment[];
}

/** The relay's comments in a discussion room; entries a client wrote itself, or that do not parse, are left out. */
export function readComments(doc: Y.Doc): DiscussionComment[] {
  const comments: DiscussionComment[] = [];
  for (const entry of relayWrittenEntries(doc.getArray(COMMENTS))) {
    const parsed = discussionComment.safeParse(entry);
    if (parsed.success) comments.push(parsed.data);
  }
  return comments;
}

/** Comments grouped by thread, threads in the order they were started. */
export function readThreads(doc: Y.Doc): DiscussionThread[] {
  const threads = new Map<string, DiscussionThread>();
  for (const comment of readComments(doc)) {
    const thread = threads.get(comment.thread);
    if (thread) thread.comments.push(comment);
    else if (comment.thread === comment.id) threads.set(comment.id, { id: comment.id, comments: [comment] });
  }
  return [...threads.values()];
}
