// What a person can do in a session, each a request the relay checks and carries out (the screens never write
// the session room themselves), and what the relay knows of this person there (not in the shared document).
import type { RelayRequestInput, RelayRequestOutput } from '../../../shared/relay-requests';
import type { TimerAction } from '../../../shared/requests/sessions';

export type { TimerAction };
export type SessionSetup = RelayRequestInput<'session:setup'>;
export type NewPoll = RelayRequestInput<'poll:add'>;

/** Who this person is in the session, from the relay's `whoami` and `session:me`. */
export interface SessionMe extends RelayRequestOutput<'session:me'> {
  memberId: string;
  name: string;
}

/** Names the facilitator may see in every mode: who is present, whose hands are up. */
export type SessionPeople = RelayRequestOutput<'session:people'>;

export interface SessionActions {
  setup(setup: SessionSetup): Promise<void>;
  mintCode(): Promise<string>;
  timer(action: TimerAction): Promise<void>;
  bringEveryoneHere(itemId: string): Promise<void>;
  lock(locked: boolean): Promise<void>;
  addNote(itemId: string, text: string): Promise<void>;
  addCluster(itemId: string, name: string): Promise<void>;
  clusterNote(noteId: string, clusterId: string | null): Promise<void>;
  openVote(itemId: string): Promise<void>;
  castVote(voteId: string, noteIds: string[]): Promise<void>;
  revealVote(voteId: string): Promise<void>;
  addPoll(poll: NewPoll): Promise<void>;
  answerPoll(pollId: string, choices: number[]): Promise<void>;
  revealPoll(pollId: string): Promise<void>;
  raiseHand(): Promise<void>;
  lowerHand(handId?: string): Promise<void>;
  /** noteId → author name: facilitator only, in 'facilitator-only' sessions. */
  authors(): Promise<Record<string, string>>;
  people(): Promise<SessionPeople>;
  close(): Promise<RelayRequestOutput<'session:close'>>;
}
