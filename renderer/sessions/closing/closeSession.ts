// Closing a session, from the facilitator's screen: reveal what is still hidden (so the outcome has every
// vote and poll), ask the relay to close, then write the outcome into the library as a session-notes document
// and mark the session closed in the space's list with that document's id.

import type { SpaceMembership } from '../../../shared/ipc/contract';
import { readSession } from '../../../shared/sessions';
import { createDocumentWithBody } from '../../library/model/libraryDocuments';
import type { OpenRoom } from '../../rooms/openRoom';
import type { RoomCache } from '../../rooms/roomCache';
import type { SessionActions } from '../model/sessionActions';
import { toSessionView } from '../model/sessionView';
import { liveNotesLines } from './liveNotesText';
import { outcomeBlocks, type Translate } from './outcomeWriting';
import { type SessionOutcome, sessionOutcome } from './sessionOutcome';

export interface ClosedSession {
  outcome: SessionOutcome;
  documentId: string;
}

/** The outcome as the room holds it now. */
export function currentOutcome(room: OpenRoom, participants: number): SessionOutcome {
  return sessionOutcome(toSessionView(readSession(room.doc)), participants, liveNotesLines(room.doc));
}

/** Writes the session-notes document for an outcome; returns its id. */
export function writeSessionNotes(
  cache: RoomCache,
  membership: SpaceMembership,
  outcome: SessionOutcome,
  language: string,
  t: Translate,
): Promise<string> {
  return createDocumentWithBody(
    cache,
    membership,
    {
      title: t('outcome.documentTitle', { title: outcome.title }),
      kind: 'session-notes',
      language,
      tags: [t('outcome.tag')],
    },
    outcomeBlocks(outcome, t),
  );
}

export async function closeSession(options: {
  room: OpenRoom;
  actions: SessionActions;
  cache: RoomCache;
  membership: SpaceMembership;
  language: string;
  t: Translate;
  markClosed(documentId: string): void;
}): Promise<ClosedSession> {
  const { room, actions } = options;
  const before = toSessionView(readSession(room.doc));
  // Revealing is best effort: a vote or poll the relay will not reveal still closes with the session.
  await Promise.allSettled([
    ...before.votes.filter((vote) => vote.status === 'open').map((vote) => actions.revealVote(vote.id)),
    ...before.polls.filter((poll) => poll.status !== 'revealed').map((poll) => actions.revealPoll(poll.id)),
  ]);
  const { participants } = await actions.close();
  const outcome = currentOutcome(room, participants);
  const documentId = await writeSessionNotes(
    options.cache,
    options.membership,
    outcome,
    options.language,
    options.t,
  );
  options.markClosed(documentId);
  return { outcome, documentId };
}
