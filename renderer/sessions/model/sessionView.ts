// One session as the screens read it: the relay-written parts of the session room (shared/sessions.ts reads
// them, keeping only the relay's entries) flattened for the screens, which never touch Yjs themselves.
import type {
  AgendaItem,
  Anonymity,
  RaisedHand,
  SessionAttendance,
  SessionCluster,
  SessionNote,
  SessionPoll,
  SessionSnapshot,
  SessionStatus,
  SessionTimer,
  SessionVote,
} from '../../../shared/sessions';

export type {
  AgendaItem,
  Anonymity,
  RaisedHand,
  SessionCluster,
  SessionNote,
  SessionPoll,
  SessionTimer,
  SessionVote,
};

export interface SessionView {
  /** The relay has set the session up (before that the room is empty). */
  ready: boolean;
  title: string;
  date: string;
  facilitatorName: string;
  status: SessionStatus;
  anonymity: Anonymity;
  locked: boolean;
  /** "Bring everyone here": the item, and a number that grows with each press. */
  focus: { itemId: string; seq: number } | null;
  dotsPerPerson: number;
  shortCode: string | null;
  closedAt: number | null;
  agenda: AgendaItem[];
  timer: SessionTimer | null;
  notes: SessionNote[];
  clusters: SessionCluster[];
  votes: SessionVote[];
  polls: SessionPoll[];
  hands: RaisedHand[];
  attendance: SessionAttendance;
}

export function toSessionView(snapshot: SessionSnapshot): SessionView {
  const { meta } = snapshot;
  return {
    ready: meta !== null,
    title: meta?.title ?? '',
    date: meta?.date ?? '',
    facilitatorName: meta?.facilitator.name ?? '',
    status: meta?.status ?? 'ready',
    anonymity: meta?.anonymity ?? 'named',
    locked: meta?.locked ?? false,
    focus: meta?.focus ?? null,
    dotsPerPerson: meta?.dotsPerPerson ?? 1,
    shortCode: meta?.shortCode ?? null,
    closedAt: meta?.closedAt ?? null,
    agenda: snapshot.agenda,
    timer: snapshot.timer,
    notes: snapshot.notes,
    clusters: snapshot.clusters,
    votes: snapshot.votes,
    polls: snapshot.polls,
    hands: snapshot.hands,
    attendance: snapshot.attendance,
  };
}

export const EMPTY_SESSION: SessionView = toSessionView({
  meta: null,
  agenda: [],
  timer: null,
  notes: [],
  clusters: [],
  votes: [],
  polls: [],
  hands: [],
  attendance: { present: 0, everPresent: 0 },
});
