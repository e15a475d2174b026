// Whether a WebSocket upgrade may open, decided before the socket exists: the address within its rate limit, a
// valid room name, a member or session-guest token for that room's space (a session guest only for its own session
// room; an inbox for its own member only) and the room's policy; refusals answered as plain HTTP errors, and the
// close sent past a connection cap.
import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { parseRoomName } from '../../shared/rooms';
import type { Membership } from '../auth/membership';
import { policyForKind } from '../rooms/kinds/kinds';
import type { RoomMember, RoomPolicy } from '../rooms/kinds/policy';
import { clientAddress } from './client-address';
import type { CapReached } from './connection-limits';
import type { ConnectionRateLimiter } from './rate-limit';

/**
 * Close code for a connection past a cap (connections per member or address, rooms per member). The upgrade is
 * accepted and then closed rather than refused with HTTP 429: a browser sees a refused upgrade only as 1006, so
 * the stock client could neither tell the person why nor stop, and would retry every few seconds for good,
 * each attempt costing a token check. 4429 is in 4400-4499, where the stock client stops reconnecting.
 */
export const CLOSE_TOO_MANY = 4429;

/** The close reason sent with CLOSE_TOO_MANY for each cap. */
export const CAP_REASONS: Record<CapReached, string> = {
  'member-connections': 'too many open connections for this member',
  'address-connections': 'too many open connections from this address',
  'member-rooms': 'too many rooms open for this member',
};

/** What admission needs from the relay's workshop sessions. */
export interface SessionAdmission {
  /** The guest a session-only token admits (into that one session room), or null. */
  authenticateGuest(token: string): Promise<(RoomMember & { space: string; session: string }) | null>;
  /** Answers session rooms' requests. */
  readonly policy: RoomPolicy;
}

export interface AdmissionOptions {
  membership: Membership;
  rateLimiter: ConnectionRateLimiter;
  /** Count attempts against the client named in X-Forwarded-For by the reverse proxy in front (see client-address.ts). */
  trustProxy: boolean;
  sessions?: SessionAdmission;
}

/** Why an upgrade is turned away: the HTTP status, the reason counted in metrics and the message sent back. */
export interface Refusal {
  status: number;
  reason: string;
  message: string;
  extraHeaders?: string;
}

/** An upgrade that may open: who, into which room, from which address, under which policy. */
export interface Admitted {
  room: string;
  address: string;
  member: RoomMember;
  policy: RoomPolicy;
}

export type Admission = { admitted: Admitted } | { refused: Refusal };

const refusal = (status: number, reason: string, message: string, extraHeaders?: string) => ({
  refused: { status, reason, message, ...(extraHeaders === undefined ? {} : { extraHeaders }) },
});

/** Checks an upgrade request in order: rate limit, room name, token, space, session scope. */
export async function admitUpgrade(request: IncomingMessage, options: AdmissionOptions): Promise<Admission> {
  const address = clientAddress(request, options.trustProxy);
  if (!options.rateLimiter.allow(address)) {
    const retryAfter = options.rateLimiter.retryAfterSeconds(address);
    return refusal(429, 'rate-limited', 'too many connection attempts', `Retry-After: ${retryAfter}\r\n`);
  }
  const url = new URL(request.url ?? '/', 'http://relay.invalid');
  const roomName = decodeRoomPath(url.pathname);
  const room = roomName === null ? null : parseRoomName(roomName);
  if (roomName === null || !room) return refusal(400, 'bad-room', 'not a valid room name');
  const token = url.searchParams.get('token');
  if (!token) return refusal(401, 'no-token', 'a member token is required');
  const member =
    (await options.membership.authenticate(token)) ??
    (await options.sessions?.authenticateGuest(token)) ??
    null;
  if (!member) return refusal(401, 'bad-token', 'the token is not valid');
  if (member.space !== room.space) return refusal(403, 'other-space', 'this room is outside your space');
  // A session-only token opens its own session room and nothing else of the space.
  const session = 'session' in member ? member.session : undefined;
  if (session !== undefined && (room.kind !== 'session' || room.id !== session)) {
    return refusal(403, 'outside-session', 'this token opens one workshop session only');
  }
  const who: RoomMember = {
    id: member.id,
    name: member.name,
    role: member.role,
    ...(session === undefined ? {} : { session }),
  };
  const sessions = options.sessions;
  const policy = room.kind === 'session' && sessions ? sessions.policy : policyForKind(room.kind);
  if (policy.opens && !policy.opens(room, who))
    return refusal(403, 'not-yours', 'this room is another member’s');
  return { admitted: { room: roomName, address, member: who, policy } };
}

/** Answers an upgrade request with a plain HTTP error instead of a WebSocket. */
export function refuseUpgrade(socket: Duplex, status: number, message: string, extraHeaders = ''): void {
  const body = JSON.stringify({ error: message });
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `${extraHeaders}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/** The room name is the URL path; null when it is not valid percent-encoding. */
function decodeRoomPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice(1));
  } catch {
    return null;
  }
}
