// Turns a join request into a space membership: an invite is exchanged for a member token at the relay's
// POST /api/join; a token link already is one. Failures carry a reason the shell can explain.
import { z } from 'zod';
import type { SpaceMembership } from '../../shared/ipc/contract';
import type { JoinLink } from '../../shared/ipc/join-link';
import { ROLES } from '../../shared/roles';

export type JoinFailure = 'invite-refused' | 'network' | 'server';

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
  memberId: z.string(),
});

const INVITE_REFUSED = [400, 401, 403, 404, 410];

export async function redeemJoinRequest(
  request: JoinLink,
  displayName: string,
  fetchImpl: typeof fetch = fetch,
): Promise<SpaceMembership> {
  const { serverUrl, space } = request;
  if (request.kind === 'token')
    return { serverUrl, space, spaceName: space, role: request.role, token: request.token };

  let response: Response;
  try {
    response = await fetchImpl(new URL('/api/join', serverUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ space, invite: request.invite, displayName }),
    });
  } catch {
    throw new JoinError('network');
  }
  // 400 bad code, 401/403 refused, 404 unknown invite, 410 expired or used up: all mean "ask for a new link".
  if (INVITE_REFUSED.includes(response.status)) {
    throw new JoinError('invite-refused', response.status);
  }
  if (!response.ok) throw new JoinError('server', response.status);
  const answer = joinAnswerSchema.safeParse(await response.json().catch(() => null));
  if (!answer.success || answer.data.space !== space) throw new JoinError('server', response.status);
  return { serverUrl, space, spaceName: space, role: answer.data.role, token: answer.data.token };
}
