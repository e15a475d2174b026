// What a discussion room (`<space>/doc/<id>/discussion`) holds, read as validated plain data. Everything in it
// is written by the relay (comment:post, comment:edit, comment:delete, thread:resolve), never by clients, so
// authors and times are the relay's; readers keep only relay-written entries and reduce them to plain threads.

import type * as Y from 'yjs';
import { z } from 'zod';
import { relayWrittenEntries } from './relay-writes';
import { ENTITY_ID_PATTERN } from './rooms';

/** Root Y.Array of the discussion room: one plain JSON entry per comment, in the order the relay took them. */
export const COMMENTS = 'comments';
/** Root Y.Array of what happened to comments and threads since (edits, deletions, resolution), in order. */
export const COMMENT_EVENTS = 'comment-events';

/** Member ids as the relay makes them. */
export const MEMBER_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const MAX_MENTIONS = 20;
export const MAX_QUOTE_LENGTH = 1_000;

const author = z.object({ memberId: z.string(), name: z.string() });

/**
 * Where a thread sits in the draft's body: two Yjs relative positions (base64 of `Y.encodeRelativePosition`)
 * into the body's Lexical-Yjs shared types, the way Lexical anchors collaboration cursors, so the range follows
 * every edit. `quote` is the text as it was when the thread started, for when that text is gone.
 */
export const commentAnchor = z.object({
  start: z.string().min(1).max(4_000),
  end: z.string().min(1).max(4_000),
  quote: z.string().max(MAX_QUOTE_LENGTH),
});
export type CommentAnchor = z.infer<typeof commentAnchor>;

export const mentionList = z.array(z.string().regex(MEMBER_ID_PATTERN)).max(MAX_MENTIONS);

export const discussionComment = z.object({
  id: z.string().regex(ENTITY_ID_PATTERN),
  /** Id of the thread's first comment (its own id when it starts a thread). */
  thread: z.string().regex(ENTITY_ID_PATTERN),
  body: z.string(),
  author,
  /** The relay's clock (ms since the epoch) when it took the comment. */
  createdAt: z.number(),
  /** Only on a thread's first comment, when the thread is about a range of the body. */
  anchor: commentAnchor.optional(),
  /** Member ids the comment mentions (the relay kept only members of the space). */
  mentions: mentionList.optional(),
});
export type DiscussionComment = z.infer<typeof discussionComment>;

/** Something done to an existing comment or thread, by whom and when (both stamped by the relay). */
export const commentEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('edit'),
    comment: z.string(),
    body: z.string(),
    mentions: mentionList.optional(),
    by: author,
    at: z.number(),
  }),
  z.object({ type: z.literal('delete'), comment: z.string(), by: author, at: z.number() }),
  z.object({ type: z.literal('resolve'), thread: z.string(), by: author, at: z.number() }),
  z.object({ type: z.literal('reopen'), thread: z.string(), by: author, at: z.number() }),
]);
export type CommentEvent = z.infer<typeof commentEvent>;

/** A comment as people read it: its latest text, and whether it was edited or deleted. */
export interface CommentView extends DiscussionComment {
  /** When its author last changed it; null when never. */
  editedAt: number | null;
  /** Deleted comments that still have replies stay as a placeholder with an empty body. */
  deleted: boolean;
}

export interface DiscussionThread {
  id: string;
  anchor: CommentAnchor | null;
  comments: CommentView[];
  /** Who resolved it and when; null while open. */
  resolved: { by: { memberId: string; name: string }; at: number } | null;
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

/** The relay's events, in the order it wrote them; client-written or malformed ones are left out. */
export function readCommentEvents(doc: Y.Doc): CommentEvent[] {
  const events: CommentEvent[] = [];
  for (const entry of relayWrittenEntries(doc.getArray(COMMENT_EVENTS))) {
    const parsed = commentEvent.safeParse(entry);
    if (parsed.success) events.push(parsed.data);
  }
  return events;
}

/**
 * Comments and events reduced to threads, in the order they were started: edits replace a comment's body,
 * a deleted comment disappears (or stays as a placeholder while replies follow it), a thread with nothing
 * left disappears, and the last resolve or reopen decides whether a thread is resolved.
 */
export function reduceThreads(comments: DiscussionComment[], events: CommentEvent[]): DiscussionThread[] {
  const views = new Map<string, CommentView>();
  for (const comment of comments) views.set(comment.id, { ...comment, editedAt: null, deleted: false });
  const resolution = new Map<string, DiscussionThread['resolved']>();
  for (const event of events) {
    if (event.type === 'resolve') resolution.set(event.thread, { by: event.by, at: event.at });
    else if (event.type === 'reopen') resolution.set(event.thread, null);
    else {
      const view = views.get(event.comment);
      if (!view || view.deleted) continue;
      if (event.type === 'delete') {
        view.deleted = true;
        view.body = '';
        view.mentions = [];
      } else {
        view.body = event.body;
        view.mentions = event.mentions ?? [];
        view.editedAt = event.at;
      }
    }
  }
  const threads = new Map<string, DiscussionThread>();
  for (const view of views.values()) {
    const thread = threads.get(view.thread);
    if (thread) thread.comments.push(view);
    else if (view.thread === view.id) {
      threads.set(view.id, {
        id: view.id,
        anchor: view.anchor ?? null,
        comments: [view],
        resolved: resolution.get(view.id) ?? null,
      });
    }
  }
  const result: DiscussionThread[] = [];
  for (const thread of threads.values()) {
    // Placeholders only between living comments: trailing deleted ones go, and a thread of nothing goes.
    while (thread.comments.length > 0 && thread.comments[thread.comments.length - 1]?.deleted) {
      thread.comments.pop();
    }
    if (thread.comments.length > 0) result.push(thread);
  }
  return result;
}

/** The room's threads as people read them (see reduceThreads). */
export function readThreads(doc: Y.Doc): DiscussionThread[] {
  return reduceThreads(readComments(doc), readCommentEvents(doc));
}

/** The comment with this id, as the relay wrote it first (before edits), or undefined. */
export const findComment = (doc: Y.Doc, id: string): DiscussionComment | undefined =>
  readComments(doc).find((comment) => comment.id === id);
