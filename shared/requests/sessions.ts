// Requests answered in live workshop rooms (`<space>/session/<id>`). The relay checks who asks, writes the
// result into the room under its own client id (shared/sessions.ts is the shape) and answers once it is stored.
// "Facilitator" below: the member who set the session up (`session:setup`), or an owner of the space; others
// get 'forbidden'. Participant requests are open to commenters and up, and to session-token guests.
// While the board is locked, note:add, vote:cast and poll:answer get 'forbidden'; once closed, every change does.
import { z } from 'zod';
import { ROLES } from '../roles';
import { ENTITY_ID_PATTERN } from '../rooms';
import { ANONYMITY_MODES, agendaItem, MAX_DOTS_PER_PERSON, sessionMeta, sessionTimer } from '../sessions';
import type { RequestSchemas } from './request-schemas';

const entityId = z.string().regex(ENTITY_ID_PATTERN);
const done = z.object({ ok: z.literal(true) });

export const timerActions = z.discriminatedUnion('action', [
  /** Starts the timer on `itemId` (default: the current item, or the first) from its full timebox. */
  z.object({ action: z.literal('start'), itemId: entityId.optional() }),
  z.object({ action: z.literal('pause') }),
  z.object({ action: z.literal('resume') }),
  /** Adds 1 or 5 minutes (to the time left; a timer that ran out starts again from now). */
  z.object({ action: z.literal('extend'), minutes: z.union([z.literal(1), z.literal(5)]) }),
  /** Moves to the next item with its full timebox, running if the timer was running; past the last: null. */
  z.object({ action: z.literal('skip') }),
]);
export type TimerAction = z.input<typeof timerActions>;

export const sessionRequests = {
  /**
   * The first call sets the session up: editors and owners only, and the caller becomes its facilitator.
   * Later calls (the facilitator) change it; anonymity cannot change once a note exists ('bad-request').
   * Agenda items without an id get one; items keep theirs otherwise.
   */
  'session:setup': {
    input: z.object({
      title: z.string().trim().min(1).max(200),
      date: z.string().trim().max(40),
      agenda: z
        .array(agendaItem.extend({ id: entityId.optional() }))
        .min(1)
        .max(50),
      anonymity: z.enum(ANONYMITY_MODES),
      dotsPerPerson: z.number().int().min(1).max(MAX_DOTS_PER_PERSON),
    }),
    output: z.object({ meta: sessionMeta, agenda: z.array(agendaItem) }),
  },
  /** Facilitator: mints the session's short code (a new one replaces the old, which stops working). */
  'session:code': {
    input: z.object({}),
    output: z.object({ code: z.string() }),
  },
  /** Facilitator: the timer's state machine (shared/sessions.ts, SessionTimer). */
  'session:timer': { input: timerActions, output: z.object({ timer: sessionTimer }) },
  /** Facilitator: "bring everyone here" — sets meta.focus to this item with a new seq. */
  'session:focus': { input: z.object({ itemId: entityId }), output: done },
  /** Facilitator: lock or unlock the board. */
  'session:lock': { input: z.object({ locked: z.boolean() }), output: done },
  /** Facilitator: closes the session for good; the facilitator's client then writes the session-notes document. */
  'session:close': {
    input: z.object({}),
    output: z.object({
      closedAt: z.number(),
      /** How many people other than the facilitators were present at some point. */
      participants: z.number().int().nonnegative(),
    }),
  },
  /** Facilitator, 'facilitator-only' sessions only: who wrote each note ('forbidden' in other modes). */
  'session:authors': {
    input: z.object({}),
    output: z.object({ authors: z.array(z.object({ noteId: entityId, name: z.string() })) }),
  },
  /** Facilitator: who is present now and whose hands are up, by name (in every mode). */
  'session:people': {
    input: z.object({}),
    output: z.object({
      present: z.array(z.object({ name: z.string(), facilitator: z.boolean() })),
      hands: z.array(z.object({ handId: entityId, name: z.string(), raisedAt: z.number() })),
    }),
  },
  /** Anyone: what the relay knows of the asker in this session (not in the shared document). */
  'session:me': {
    input: z.object({}),
    output: z.object({
      facilitator: z.boolean(),
      /** The asker's raised hand, if any. */
      handId: entityId.nullable(),
      /** Dots the asker placed, per open or revealed vote. */
      votes: z.record(z.string(), z.array(entityId)),
      /** Choices the asker made, per poll. */
      polls: z.record(z.string(), z.array(z.number().int().nonnegative())),
      role: z.enum(ROLES),
      /** True for someone who joined by code or link (a session-only token). */
      guest: z.boolean(),
    }),
  },
  /** Participant: adds a note to an agenda item (author kept as the session's anonymity mode says). */
  'note:add': {
    input: z.object({ itemId: entityId, text: z.string().trim().min(1).max(2000) }),
    output: z.object({ noteId: entityId }),
  },
  /** Facilitator: creates a named cluster on an item's board. */
  'cluster:add': {
    input: z.object({ itemId: entityId, name: z.string().trim().min(1).max(120) }),
    output: z.object({ clusterId: entityId }),
  },
  /** Facilitator: renames a cluster. */
  'cluster:rename': {
    input: z.object({ clusterId: entityId, name: z.string().trim().min(1).max(120) }),
    output: done,
  },
  /** Facilitator: takes a note off the board (moderation); its dots no longer count at a later reveal. */
  'note:remove': { input: z.object({ noteId: entityId }), output: done },
  /** Facilitator: removes a cluster; its notes stay on the board, in no cluster. */
  'cluster:remove': { input: z.object({ clusterId: entityId }), output: done },
  /** Facilitator: puts a note in a cluster of its item, or takes it out (null). */
  'note:cluster': {
    input: z.object({ noteId: entityId, clusterId: entityId.nullable() }),
    output: done,
  },
  /** Facilitator: opens a dot vote on an item's notes (one per item; asking again returns the same vote). */
  'vote:open': { input: z.object({ itemId: entityId }), output: z.object({ voteId: entityId }) },
  /**
   * Participant: places all of one's dots at once (up to dotsPerPerson, the same note may get several).
   * A later cast replaces the earlier one: each person counts once. Kept by the relay until the reveal.
   */
  'vote:cast': {
    input: z.object({ voteId: entityId, noteIds: z.array(entityId).min(1).max(MAX_DOTS_PER_PERSON) }),
    output: z.object({ voters: z.number().int().nonnegative() }),
  },
  /** Facilitator: writes the totals into the room; the vote takes no more dots. */
  'vote:reveal': { input: z.object({ voteId: entityId }), output: done },
  /** Facilitator: a quick poll, open at once. */
  'poll:add': {
    input: z.object({
      itemId: entityId.nullable().default(null),
      question: z.string().trim().min(1).max(300),
      options: z.array(z.string().trim().min(1).max(200)).min(2).max(12),
      multiple: z.boolean(),
    }),
    output: z.object({ pollId: entityId }),
  },
  /** Participant: option indexes (exactly one unless the poll is multiple); a later answer replaces the first. */
  'poll:answer': {
    input: z.object({
      pollId: entityId,
      choices: z.array(z.number().int().nonnegative()).min(1).max(12),
    }),
    output: z.object({ voters: z.number().int().nonnegative() }),
  },
  /** Facilitator: stops taking answers (results stay hidden). */
  'poll:close': { input: z.object({ pollId: entityId }), output: done },
  /** Facilitator: writes the results into the room (closing it if open). */
  'poll:reveal': { input: z.object({ pollId: entityId }), output: done },
  /** Anyone: joins the queue (raising twice keeps the first place). */
  'hand:raise': { input: z.object({}), output: z.object({ handId: entityId }) },
  /** Lowers one's own hand; the facilitator may lower anyone's by `handId`. */
  'hand:lower': { input: z.object({ handId: entityId.optional() }), output: done },
} as const satisfies RequestSchemas;

// `POST /api/sessions/join` (redeeming a code for a session token) is declared in shared/session-join.ts:
// sessionJoinRequest and sessionJoinAnswer.
