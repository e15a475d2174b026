// Turns a join request into a space membership: an invite is exchanged for a member token at the relay's
// POST /api/join; a token link's token is shown to the relay (GET /api/space), which says whose it is and with
// what role. The role is always the relay's answer, never the link's. Failures carry a reason the shell can
// explain.
import { z } from 'zod';
import type { SpaceMembership } from '../../shared/ipc/contract';
import type { JoinLink } from '../../shared/ipc/join-link';
import { ROLES } from '../../shared/roles';

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

const INVITE_REFUSED = [400, 401, 403, 404, 410];

export async function redeemJoinRequest(
  request: JoinLink,
  displayName: string,
  fetchImpl: typeof fetch = fetch,
): Promise<SpaceMembership> {
  const { serverUrl, space } = request;
  if (request.kind === 'token') {
    const response = await send(fetchImpl, new URL('/api/space', serverUrl), {
      headers: { authorization: `Bearer ${request.token}` },
    });
    const answer = spaceAnswerSchema.safeParse(await response.json().catch(() => null));
    // A token for another space than the link names is not this link's to use.
    if (!answer.success || answer.data.id !== space) throw new JoinError('server', response.status);
    return {
      serverUrl,
      space,
      spaceName: answer.data.name,
      role: answer.data.you.role,
      token: request.token,
    };
  }

  const response = await send(fetchImpl, new URL('/api/join', serverUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ space, invite: request.invite, displayName }),
  });
  const answer = joinAnswerSchema.safeParse(await response.json().catch(() => null));
  if (!answer.success || answer.data.space !== space) throw new JoinError('server', response.status);
  const { role, token, spaceName = space } = answer.data;
  return { serverUrl, space, spaceName, role, token };
}

/** The relay's answer when it accepted; otherwise why not, as a JoinError. */
async function send(fetchImpl: typeof fetch, url: URL, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetchImpl(url, init);
  } catch {
    throw new JoinError('network');
  }
  // 400 bad code, 401/403 refused, 404 unknown invite, 410 expired or used up: all mean "ask for a new link".
  if (INVITE_REFUSED.includes(response.status)) throw new JoinError('invite-refused', response.status);
  if (response.status === 429) throw new JoinError('rate-limited', response.status);
  if (!response.ok) throw new JoinError('server', response.status);
  return response;
}
