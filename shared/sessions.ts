// What a workshop session room (`<space>/session/<id>`) holds, read as validated plain data. Every part below is
// written by the relay alone (see docs/workshops.md). The space index's list of sessions is session-index.ts;
// short codes and joining by them, session-join.ts.
//
// Shape: each part is a root Y.Array of plain JSON entries written by the relay under its own client id.
// Readers keep only relay-written entries (relayWrittenEntries), so anything a client pushes is ignored, and
// clients cannot delete the relay's entries (the relay refuses such updates). Single-record parts (meta,
// timer, attendance) hold one entry, replaced by the relay on each change: readers take the last valid one.
// Records that change (a note gaining a cluster, a poll's count) are replaced in place by the relay.
// The live notes body is Lexical's shared root (`root` XmlText) of the same room, written by participants.

import type * as Y from 'yjs';
import { z } from 'zod';
import { relayWrittenEntries } from './relay-writes';
import { ENTITY_ID_PATTERN } from './rooms';

/** Root names in the session room; all are Y.Arrays written by the relay only. */
export const SESSION_META = 'meta';
export const SESSION_AGENDA = 'agenda';
export const SESSION_TIMER = 'timer';
export const SESSION_NOTES = 'notes';
export const SESSION_CLUSTERS = 'clusters';
export const SESSION_VOTES = 'votes';
export const SESSION_POLLS = 'polls';
export const SESSION_HANDS = 'hands';
export const SESSION_ATTENDANCE = 'attendance';
export const SESSION_PARTS = [
  SESSION_META,
  SESSION_AGENDA,
  SESSION_TIMER,
  SESSION_NOTES,
  SESSION_CLUSTERS,
  SESSION_VOTES,
  SESSION_POLLS,
  SESSION_HANDS,
  SESSION_ATTENDANCE,
] as const;
export type SessionPart = (typeof SESSION_PARTS)[number];

const entityId = z.string().regex(ENTITY_ID_PATTERN);

/**
 * 'named': notes carry their author's name; 'facilitator-only': notes carry no author, the facilitator asks the
 * relay (`session:authors`); 'anonymous': no author anywhere, the relay does not keep it either.
 */
export const ANONYMITY_MODES = ['named', 'facilitator-only', 'anonymous'] as const;
export type Anonymity = (typeof ANONYMITY_MODES)[number];

export const SESSION_STATUSES = ['ready', 'running', 'closed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const MAX_DOTS_PER_PERSON = 20;

export const sessionMeta = z.object({
  title: z.string().min(1).max(200),
  /** The day (or day and time) it takes place, as the facilitator gave it: ISO 8601, e.g. '2026-12-02'. */
  date: z.string().max(40),
  /** The member who set the session up; they and the space's owners facilitate. */
  facilitator: z.object({ memberId: z.string(), name: z.string() }),
  status: z.enum(SESSION_STATUSES),
  anonymity: z.enum(ANONYMITY_MODES),
  /** While locked, notes, votes and poll answers are refused. */
  locked: z.boolean(),
  /** "Bring everyone here": each press raises `seq`, so pressing again on the same item moves people again. */
  focus: z.object({ itemId: entityId, seq: z.number().int().nonnegative() }).nullable(),
  dotsPerPerson: z.number().int().min(1).max(MAX_DOTS_PER_PERSON),
  /** The short code participants join with (null until the facilitator asks for one with `session:code`). */
  shortCode: z.string().nullable(),
  /** Relay time (ms) it was closed, or null. */
  closedAt: z.number().nullable(),
});
export type SessionMeta = z.infer<typeof sessionMeta>;

export const agendaItem = z.object({
  id: entityId,
  title: z.string().min(1).max(200),
  /** The item's timebox. */
  minutes: z.number().int().min(1).max(600),
});
export type AgendaItem = z.infer<typeof agendaItem>;

export const TIMER_STATES = ['running', 'paused', 'stopped'] as const;
export type TimerState = (typeof TIMER_STATES)[number];

/**
 * The relay's timer. `itemId` is the facilitator's current agenda item (null: past the last one). Running:
 * `endsAt` is the relay's clock when it runs out (it may be in the past: time is up). Paused or stopped (not
 * started yet on this item): `remainingMs`. Clients show `endsAt - (Date.now() + clockOffset)`.
 */
export const sessionTimer = z.object({
  itemId: entityId.nullable(),
  state: z.enum(TIMER_STATES),
  endsAt: z.number().nullable(),
  remainingMs: z.number().nullable(),
  /** Relay time of the last change. */
  updatedAt: z.number(),
});
export type SessionTimer = z.infer<typeof sessionTimer>;

export const sessionNote = z.object({
  id: entityId,
  itemId: entityId,
  text: z.string().min(1).max(2000),
  /** The cluster the facilitator put it in, or null. */
  cluster: entityId.nullable(),
  /** Relay time it was taken. */
  createdAt: z.number(),
  /** Only in 'named' sessions. */
  author: z.object({ memberId: z.string(), name: z.string() }).optional(),
});
export type SessionNote = z.infer<typeof sessionNote>;

export const sessionCluster = z.object({
  id: entityId,
  itemId: entityId,
  name: z.string().min(1).max(120),
});
export type SessionCluster = z.infer<typeof sessionCluster>;

/** A dot vote on the notes of one agenda item. Before the reveal only the number of voters is here. */
export const sessionVote = z.object({
  id: entityId,
  itemId: entityId,
  status: z.enum(['open', 'revealed']),
  /** How many people have voted (each counted once, however often they changed their dots). */
  voters: z.number().int().nonnegative(),
  dotsPerPerson: z.number().int().min(1).max(MAX_DOTS_PER_PERSON),
  /** After the reveal: dots per note, every note of the item listed (0 included), most dots first. */
  results: z.array(z.object({ noteId: entityId, dots: z.number().int().nonnegative() })).optional(),
});
export type SessionVote = z.infer<typeof sessionVote>;

export const POLL_STATUSES = ['open', 'closed', 'revealed'] as const;
export const sessionPoll = z.object({
  id: entityId,
  /** The agenda item it belongs to, or null for the whole session. */
  itemId: entityId.nullable(),
  question: z.string().min(1).max(300),
  options: z.array(z.string().min(1).max(200)).min(2).max(12),
  /** Whether a person may choose several options. */
  multiple: z.boolean(),
  status: z.enum(POLL_STATUSES),
  voters: z.number().int().nonnegative(),
  /** After the reveal: how many chose each option, in the order of `options`. */
  results: z.array(z.number().int().nonnegative()).optional(),
});
export type SessionPoll = z.infer<typeof sessionPoll>;

/** A raised hand, in the order raised. `id` is a random handle, never a member id; `name` only if 'named'. */
export const raisedHand = z.object({
  id: entityId,
  raisedAt: z.number(),
  name: z.string().optional(),
});
export type RaisedHand = z.infer<typeof raisedHand>;

/** Who is connected now: a count, and names only in 'named' sessions (the facilitator asks `session:people`). */
export const sessionAttendance = z.object({
  present: z.number().int().nonnegative(),
  /** Everyone who has been present at some point (the facilitator included). */
  everPresent: z.number().int().nonnegative(),
  names: z.array(z.string()).optional(),
});
export type SessionAttendance = z.infer<typeof sessionAttendance>;

/** The relay-written entries of one part that parse, in order. */
function readPart<T>(doc: Y.Doc, part: SessionPart, schema: z.ZodType<T>): T[] {
  const entries: T[] = [];
  for (const entry of relayWrittenEntries(doc.getArray(part))) {
    const parsed = schema.safeParse(entry);
    if (parsed.success) entries.push(parsed.data);
  }
  return entries;
}

const lastOf = <T>(entries: T[]): T | null => entries[entries.length - 1] ?? null;

/** The last record per id (the relay replaces records, so there is normally one), in first-seen order. */
function latestById<T extends { id: string }>(entries: T[]): T[] {
  const byId = new Map<string, T>();
  for (const entry of entries) byId.set(entry.id, entry);
  return [...byId.values()];
}

/** Null until the relay has set the session up. */
export const readSessionMeta = (doc: Y.Doc): SessionMeta | null =>
  lastOf(readPart(doc, SESSION_META, sessionMeta));
export const readAgenda = (doc: Y.Doc): AgendaItem[] => latestById(readPart(doc, SESSION_AGENDA, agendaItem));
/** Null until the relay has set the session up. */
export const readTimer = (doc: Y.Doc): SessionTimer | null =>
  lastOf(readPart(doc, SESSION_TIMER, sessionTimer));
export const readNotes = (doc: Y.Doc): SessionNote[] => latestById(readPart(doc, SESSION_NOTES, sessionNote));
export const readClusters = (doc: Y.Doc): SessionCluster[] =>
  latestById(readPart(doc, SESSION_CLUSTERS, sessionCluster));
export const readVotes = (doc: Y.Doc): SessionVote[] => latestById(readPart(doc, SESSION_VOTES, sessionVote));
export const readPolls = (doc: Y.Doc): SessionPoll[] => latestById(readPart(doc, SESSION_POLLS, sessionPoll));
export const readHands = (doc: Y.Doc): RaisedHand[] =>
  latestById(readPart(doc, SESSION_HANDS, raisedHand)).sort((a, b) => a.raisedAt - b.raisedAt);
export const readAttendance = (doc: Y.Doc): SessionAttendance =>
  lastOf(readPart(doc, SESSION_ATTENDANCE, sessionAttendance)) ?? { present: 0, everPresent: 0 };

/** Everything a screen shows, in one read. */
export interface SessionSnapshot {
  meta: SessionMeta | null;
  agenda: AgendaItem[];
  timer: SessionTimer | null;
  notes: SessionNote[];
  clusters: SessionCluster[];
  votes: SessionVote[];
  polls: SessionPoll[];
  hands: RaisedHand[];
  attendance: SessionAttendance;
}

export function readSession(doc: Y.Doc): SessionSnapshot {
  return {
    meta: readSessionMeta(doc),
    agenda: readAgenda(doc),
    timer: readTimer(doc),
    notes: readNotes(doc),
    clusters: readClusters(doc),
    votes: readVotes(doc),
    polls: readPolls(doc),
    hands: readHands(doc),
    attendance: readAttendance(doc),
  };
}

/** Calls `onChange` after any change to a relay-written part (not the live notes body); returns the unsubscribe. */
export function observeSession(doc: Y.Doc, onChange: () => void): () => void {
  const arrays = SESSION_PARTS.map((part) => doc.getArray(part));
  for (const array of arrays) array.observe(onChange);
  return () => {
    for (const array of arrays) array.unobserve(onChange);
  };
}

/** Time left on the timer at relay time `relayNow` (ms; never below 0; 0 when there is no timer). */
export function timerRemainingMs(timer: SessionTimer | null, relayNow: number): number {
  if (!timer) return 0;
  if (timer.state === 'running') return Math.max(0, (timer.endsAt ?? relayNow) - relayNow);
  return Math.max(0, timer.remainingMs ?? 0);
}
