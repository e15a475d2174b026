// Turns a join request into a space membership: an invite is exchanged for a member token at the relay's
// POST /api/join; a token link's token is shown to the relay (GET /api/space), which says whose it is and with
// what role. The role is always the relay's answer, never the link's. Failures carry a reason the shell can
// explain.
import { z } from 'zod';
import type { SpaceMembership } from '../../shared/ipc/contract';
import type { JoinLink } from '../../shared/ipc/join-link';
import { ROLES } from '../../shared/roles';
import { callRelay, RelayApiError, type RelayRequest } from '../spaces/relayApi';

export type JoinFailure = 'invite-refused' | 'network' | 'server' | 'rate-limited';

export class JoinError extends Error {
  constructor(
    readonly reason: JoinFailure,
    readonly status?: number,
  ) {
    super(`join failed: ${reason}${status ? ` (${status})` : ''}`);
  }
}

const joinAnswerSchema = z.object({
  token: z.string().min(1).max(8192),
  role: z.enum(ROLES),
  space: z.string(),
  /** The space's own name; relays before it was added answer without it. */
  spaceName: z.string().min(1).max(500).optional(),
  memberId: z.string(),
});

const spaceAnswerSchema = z.object({
  id: z.string(),
  name: z.string().min(1).max(500),
  you: z.object({ memberId: z.string(), role: z.enum(ROLES) }),
});

// 400 bad code, 401/403 refused, 404 unknown invite, 410 expired or used up: all mean "ask for a new link".
const INVITE_REFUSED = [400, 401, 403, 404, 410];

/** Asks the relay through the app's one API client, and says why it failed as a reason the join panel explains. */
async function ask<T>(request: RelayRequest<T>): Promise<T> {
  try {
    return await callRelay(request);
  } catch (error) {
    if (!(error instanceof RelayApiError)) throw new JoinError('server');
    if (error.reason === 'network') throw new JoinError('network');
    if (error.status !== undefined && INVITE_REFUSED.includes(error.status))
      throw new JoinError('invite-refused', error.status);
    throw new JoinError(error.reason === 'rate-limited' ? 'rate-limited' : 'server', error.status);
  }
}

export async function redeemJoinRequest(
  request: JoinLink,
  displayName: string,
  fetchImpl: typeof fetch = fetch,
): Promise<SpaceMembership> {
  const { serverUrl, space } = request;
  if (request.kind === 'token') {
    const answer = await ask({
      serverUrl,
      path: '/api/space',
      token: request.token,
      answer: spaceAnswerSchema,
      fetchImpl,
    });
    // A token for another space than the link names is not this link's to use.
    if (answer.id !== space) throw new JoinError('server');
    return { serverUrl, space, spaceName: answer.name, role: answer.you.role, token: request.token };
  }

  const answer = await ask({
    serverUrl,
    path: '/api/join',
    method: 'POST',
    body: { space, invite: request.invite, displayName },
    answer: joinAnswerSchema,
    fetchImpl,
  });
  if (answer.space !== space) throw new JoinError('server');
  const { role, token, spaceName = space } = answer;
  return { serverUrl, space, spaceName, role, token };
}
