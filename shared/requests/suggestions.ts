// Requests about suggestions (tracked changes): recording who made one (discussion rooms), applying a
// suggestion for someone who may not write the body (document rooms), and recording who settled some.
import { z } from 'zod';
import { MAX_SUGGESTION_EXCERPT, SUGGESTION_TYPES, suggestionId, suggestionSettings } from '../suggestions';
import type { RequestSchemas } from './request-schemas';

/** Largest suggestion update a client sends (base64 characters): well inside one request frame. */
export const MAX_SUGGESTION_UPDATE_CHARS = 48_000;
/** Most ids settled by one request ("accept all" in a long consultation). */
export const MAX_SETTLED_AT_ONCE = 2_000;

const person = z.object({ memberId: z.string(), name: z.string() });

export const suggestionRequests = {
  /**
   * Discussion rooms, commenter and up: the relay records that this member made the suggestion now (the first
   * record of an id wins; a second one is refused), which also starts the suggestion's thread.
   */
  'suggestion:record': {
    input: z.object({
      id: suggestionId,
      type: z.enum(SUGGESTION_TYPES),
      excerpt: z.string().max(MAX_SUGGESTION_EXCERPT),
    }),
    output: z.object({ author: person, at: z.number() }),
  },
  /** Discussion rooms, leads only: records that these suggestions were accepted or rejected, by whom and when. */
  'suggestion:settle': {
    input: z.object({
      ids: z.array(suggestionId).min(1).max(MAX_SETTLED_AT_ONCE),
      outcome: z.enum(['accepted', 'rejected']),
    }),
    output: z.object({ recorded: z.number() }),
  },
  /**
   * Document rooms, commenter and up: a Yjs update (base64) made by suggesting in the client's own copy. The
   * relay applies it only if the body with every suggestion rejected stays the same and no one else's
   * suggestion changes, and records the suggestions it adds as this member's.
   */
  'suggestion:apply': {
    input: z.object({ update: z.string().min(1).max(MAX_SUGGESTION_UPDATE_CHARS) }),
    output: z.object({ made: z.array(z.string()), recorded: z.boolean() }),
  },
  /**
   * Discussion rooms, owners only: whether everyone but owners and the chosen leads suggests (the relay then
   * refuses their direct edits of the body, and takes their changes only as suggestions).
   */
  'suggestion:settings': {
    input: suggestionSettings,
    output: suggestionSettings,
  },
} as const satisfies RequestSchemas;
