// What the relay knows about one session and never writes into its room: who wrote each note, each person's
// dots and poll answers until (and after) the reveal, whose raised hand is whose, and who has been present.
// Every event sets one key to a value, so replaying events a snapshot already holds changes nothing.
import type { PrivateState } from './private-log';

export interface Person {
  memberId: string;
  name: string;
}

export type SessionEvent =
  | { t: 'author'; noteId: string; memberId: string; name: string }
  | { t: 'ballot'; voteId: string; memberId: string; noteIds: string[] }
  | { t: 'answer'; pollId: string; memberId: string; choices: number[] }
  | { t: 'hand'; handId: string; memberId: string; name: string }
  | { t: 'hand-down'; handId: string }
  | { t: 'seen'; memberId: string; name: string; facilitator: boolean };

export interface SessionSecrets {
  authors: Map<string, Person>;
  /** voteId -> memberId -> the notes their dots are on. */
  ballots: Map<string, Map<string, string[]>>;
  /** pollId -> memberId -> chosen option indexes. */
  answers: Map<string, Map<string, number[]>>;
  /** handId -> whose it is, for the hands still up. */
  hands: Map<string, Person>;
  /** Everyone ever connected to the session: memberId -> name and whether they facilitated. */
  seen: Map<string, Person & { facilitator: boolean }>;
}

function inner<K, V>(outer: Map<string, Map<K, V>>, key: string): Map<K, V> {
  let map = outer.get(key);
  if (!map) {
    map = new Map();
    outer.set(key, map);
  }
  return map;
}

type Snapshot = {
  authors: [string, Person][];
  ballots: [string, [string, string[]][]][];
  answers: [string, [string, number[]][]][];
  hands: [string, Person][];
  seen: [string, Person & { facilitator: boolean }][];
};

export const sessionSecrets: PrivateState<SessionSecrets, SessionEvent> = {
  empty: () => ({
    authors: new Map(),
    ballots: new Map(),
    answers: new Map(),
    hands: new Map(),
    seen: new Map(),
  }),
  apply(state, event) {
    switch (event.t) {
      case 'author':
        state.authors.set(event.noteId, { memberId: event.memberId, name: event.name });
        return;
      case 'ballot':
        inner(state.ballots, event.voteId).set(event.memberId, event.noteIds);
        return;
      case 'answer':
        inner(state.answers, event.pollId).set(event.memberId, event.choices);
        return;
      case 'hand':
        state.hands.set(event.handId, { memberId: event.memberId, name: event.name });
        return;
      case 'hand-down':
        state.hands.delete(event.handId);
        return;
      case 'seen': {
        const before = state.seen.get(event.memberId);
        state.seen.set(event.memberId, {
          memberId: event.memberId,
          name: event.name,
          facilitator: event.facilitator || (before?.facilitator ?? false),
        });
        return;
      }
    }
  },
  snapshot: (state): Snapshot => ({
    authors: [...state.authors],
    ballots: [...state.ballots].map(([id, map]) => [id, [...map]]),
    answers: [...state.answers].map(([id, map]) => [id, [...map]]),
    hands: [...state.hands],
    seen: [...state.seen],
  }),
  restore(raw) {
    const snapshot = raw as Snapshot;
    return {
      authors: new Map(snapshot.authors),
      ballots: new Map(snapshot.ballots.map(([id, entries]) => [id, new Map(entries)])),
      answers: new Map(snapshot.answers.map(([id, entries]) => [id, new Map(entries)])),
      hands: new Map(snapshot.hands),
      seen: new Map(snapshot.seen),
    };
  },
};
