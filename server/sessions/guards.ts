// The checks every session request starts with: the session is set up, the asker may do this (facilitator or
// participant), and the board is open (not closed, not locked). Each throws RequestRefused with a code the
// client can act on.
import { atLeast } from '../../shared/roles';
import { parseRoomName } from '../../shared/rooms';
import { readSessionMeta, type SessionMeta } from '../../shared/sessions';
import { type RequestContext, RequestRefused } from '../rooms/kinds/policy';
import { facilitates } from './service';

/** The session's meta; refuses when it is not set up yet. */
export function setUp(context: RequestContext): SessionMeta {
  const meta = readSessionMeta(context.room.doc);
  if (!meta) throw new RequestRefused('bad-request', 'this session is not set up yet');
  return meta;
}

/** Refuses a guest whose token names another session (the gateway already keeps them out; this is a second lock). */
export function inScope(context: RequestContext): void {
  const { member, room } = context;
  if (member.session !== undefined && parseRoomName(room.name)?.id !== member.session) {
    throw new RequestRefused('forbidden', 'your token is for another session');
  }
}

/** The meta, when the asker facilitates (the member who set it up, or an owner). */
export function asFacilitator(context: RequestContext): SessionMeta {
  inScope(context);
  const meta = setUp(context);
  if (!facilitates(meta, context.member)) {
    throw new RequestRefused('forbidden', 'only the facilitator can do this');
  }
  return meta;
}

/** The meta, when the asker may take part (commenters and up, guests) in a session that is not closed. */
export function asParticipant(context: RequestContext): SessionMeta {
  inScope(context);
  const meta = setUp(context);
  if (!atLeast(context.member.role, 'commenter')) {
    throw new RequestRefused('forbidden', 'your role cannot take part in sessions');
  }
  stillOpen(meta);
  return meta;
}

export function stillOpen(meta: SessionMeta): void {
  if (meta.status === 'closed') throw new RequestRefused('forbidden', 'this session is closed');
}

/** For contributions: refused while the facilitator has locked the board. */
export function unlocked(meta: SessionMeta): void {
  if (meta.locked) throw new RequestRefused('forbidden', 'the facilitator has locked the board');
}
