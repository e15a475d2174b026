// Exchanging an invite at the relay: the person learns whether to ask for a new link (refused), check
// their connection (network) or try later (server, too many attempts), and a malformed answer is never saved as
// a membership. A token link's role and space name are the relay's, never the link's.
import { describe, expect, it } from 'vitest';
import { JoinError, redeemJoinRequest } from '../../renderer/join/redeemInvite';
import type { JoinLink } from '../../shared/ipc/join-link';

const invite: JoinLink = {
  kind: 'invite',
  serverUrl: 'https://relay.example.org',
  space: 'tip-network',
  invite: 'abc',
};

const answering =
  (status: number, body: unknown): typeof fetch =>
  async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

async function failure(fetchImpl: typeof fetch): Promise<string> {
  try {
    await redeemJoinRequest(invite, 'Amina', fetchImpl);
  } catch (error) {
    if (error instanceof JoinError) return error.reason;
    throw error;
  }
  throw new Error('the join unexpectedly succeeded');
}

describe('redeeming an invite', () => {
  it('posts the space, invite and display name and saves the answered token and role', async () => {
    let sent: { url: string; body: unknown } | undefined;
    const fetchImpl: typeof fetch = async (url, init) => {
      sent = { url: String(url), body: JSON.parse(String(init?.body)) };
      return new Response(
        JSON.stringify({
          token: 'tok',
          role: 'commenter',
          space: 'tip-network',
          spaceName: 'TIP Network',
          memberId: 'm1',
        }),
      );
    };
    const membership = await redeemJoinRequest(invite, 'Amina', fetchImpl);
    expect(sent).toEqual({
      url: 'https://relay.example.org/api/join',
      body: { space: 'tip-network', invite: 'abc', displayName: 'Amina' },
    });
    expect(membership).toEqual({
      serverUrl: 'https://relay.example.org',
      space: 'tip-network',
      spaceName: 'TIP Network',
      role: 'commenter',
      token: 'tok',
    });
  });

  it.each([400, 401, 403, 404, 410])('reads HTTP %i as a refused invite', async (status) => {
    expect(await failure(answering(status, { error: 'no' }))).toBe('invite-refused');
  });

  it('reads HTTP 429 as too many attempts, to try again later', async () => {
    expect(await failure(answering(429, { error: 'slow down' }))).toBe('rate-limited');
  });

  it('reads a failed request as a network problem', async () => {
    expect(
      await failure(async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).toBe('network');
  });

  it.each([
    ['a server error', answering(500, 'oops')],
    ['a body that is not JSON', answering(200, '<html>')],
    ['an answer without a token', answering(200, { role: 'editor', space: 'tip-network', memberId: 'm' })],
    [
      'an answer for another space',
      answering(200, { token: 't', role: 'editor', space: 'other', memberId: 'm' }),
    ],
    ['an unknown role', answering(200, { token: 't', role: 'admin', space: 'tip-network', memberId: 'm' })],
  ])('reads %s as a server problem', async (_, fetchImpl) => {
    expect(await failure(fetchImpl)).toBe('server');
  });

  const tokenLink: JoinLink = {
    kind: 'token',
    serverUrl: 'https://relay.example.org',
    space: 'tip-network',
    token: 'tok',
    role: 'owner',
  };

  it("takes a token link's role from the relay, not from the link", async () => {
    let sent: { url: string; authorization: string | null } | undefined;
    const membership = await redeemJoinRequest(tokenLink, 'Amina', async (url, init) => {
      sent = { url: String(url), authorization: new Headers(init?.headers).get('authorization') };
      return new Response(
        JSON.stringify({
          id: 'tip-network',
          name: 'TIP Network',
          description: '',
          languages: [],
          createdAt: '2026-01-01T00:00:00.000Z',
          you: { memberId: 'm1', name: 'Amina', role: 'viewer' },
        }),
      );
    });
    expect(sent).toEqual({ url: 'https://relay.example.org/api/space', authorization: 'Bearer tok' });
    expect(membership).toEqual({
      serverUrl: 'https://relay.example.org',
      space: 'tip-network',
      spaceName: 'TIP Network',
      role: 'viewer',
      token: 'tok',
    });
  });

  it('refuses a token the relay does not accept, or one for another space', async () => {
    const refused = redeemJoinRequest(tokenLink, 'Amina', answering(401, { error: 'no' }));
    await expect(refused).rejects.toMatchObject({ reason: 'invite-refused' });
    const elsewhere = redeemJoinRequest(
      tokenLink,
      'Amina',
      answering(200, { id: 'other', name: 'Other', you: { memberId: 'm', role: 'owner' } }),
    );
    await expect(elsewhere).rejects.toMatchObject({ reason: 'server' });
  });
});
