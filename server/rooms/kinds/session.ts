// A live workshop (`<space>/session/<id>`): commenters and up take part, and so do guests holding a token for
// this session alone. It guards relay content: everything of the workshop (meta, agenda, timer, notes,
// clusters, votes, polls, hands, attendance) is written by the relay; only the live notes body is the clients'.
// The static policy serves the room registry (document options, hooks); the relay's gateway uses the one
// `createSessionPolicy` makes, which answers the session requests with the relay's SessionService.
import { canWrite } from '../../../shared/roles';
import { readSessionMeta } from '../../../shared/sessions';
import { facilitates, type SessionService } from '../../sessions/service';
import { commonRequests, noHooks, type RoomPolicy } from './policy';
import { boardHandlers } from './session-board';
import { consoleHandlers } from './session-console';
import { voteHandlers } from './session-votes';

export const sessionPolicy: RoomPolicy = {
  kind: 'session',
  access: (role) => (canWrite(role, 'session') ? 'write' : 'read'),
  document: { gc: true },
  guardsRelayContent: true,
  ...noHooks,
  requests: { ...commonRequests },
  // Presence (cursors in the live notes) would otherwise carry every participant's name: only 'named'
  // sessions show names; elsewhere a participant's presence names nobody (the facilitator's stays).
  presenceName(room, member) {
    const meta = readSessionMeta(room.doc);
    if (meta?.anonymity === 'named' || facilitates(meta, member)) return undefined;
    return '';
  },
};

/** The session policy with its requests answered through `service` (one per relay). */
export function createSessionPolicy(service: SessionService): RoomPolicy {
  return {
    ...sessionPolicy,
    requests: {
      ...commonRequests,
      ...consoleHandlers(service),
      ...boardHandlers(service),
      ...voteHandlers(service),
    },
  };
}
