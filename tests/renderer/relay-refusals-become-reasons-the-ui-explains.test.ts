// The Members page and the setup page call the relay's HTTP API; every way a call can fail must come back as
// a reason the UI has a sentence for, and an answer of the wrong shape must never reach the screen.
import { describe, expect, it } from 'vitest';
import { createInvite, listMembers } from '../../renderer/members/membersApi';
import { qrPath } from '../../renderer/members/QrCode';
import { checkSetupCode, createSpace } from '../../renderer/setup/setupApi';
import { RelayApiError } from '../../renderer/spaces/relayApi';

const where = { serverUrl: 'http://relay.test', token: 'owner-token' };

function answering(status: number, body: unknown): typeof fetch {
  return (async () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    })) as typeof fetch;
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return error instanceof RelayApiError ? error.reason : 'not a RelayApiError';
  }
  return 'did not fail';
}

describe('setup codes', () => {
  it('tells a forged code, a used one and an expired one apart', async () => {
    const forged = answering(404, { error: 'This setup link is not valid.' });
    const used = answering(410, {
      error: 'This setup link has already been used. Ask whoever runs the relay for a new one.',
    });
    const expired = answering(410, {
      error: 'This setup link has expired. Ask whoever runs the relay for a new one.',
    });
    expect(await checkSetupCode('http://relay.test', 'x', forged)).toEqual({ ok: false, reason: 'unknown' });
    expect(await checkSetupCode('http://relay.test', 'x', used)).toEqual({ ok: false, reason: 'used' });
    expect(await checkSetupCode('http://relay.test', 'x', expired)).toEqual({ ok: false, reason: 'expired' });
    expect(await checkSetupCode('http://relay.test', 'x', answering(200, { ok: true }))).toEqual({
      ok: true,
    });
  });

  it('reports a relay it cannot reach as a network problem, not as a bad code', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await reasonOf(checkSetupCode('http://relay.test', 'x', offline))).toBe('network');
  });

  it('sends the form to the relay and returns the new space as an owner membership', async () => {
    let sent: unknown;
    const relay = (async (_url: string, init: RequestInit) => {
      sent = JSON.parse(String(init.body));
      return new Response(
        JSON.stringify({
          token: 't0k',
          role: 'owner',
          space: 'tip-network',
          spaceName: 'TIP network',
          memberId: 'm1',
        }),
        { status: 200 },
      );
    }) as unknown as typeof fetch;
    const space = { name: 'TIP network', description: '', languages: ['en', 'ar'] };
    const membership = await createSpace('http://relay.test', { setupCode: 'c0de' }, 'Amina', space, relay);
    expect(sent).toEqual({ code: 'c0de', displayName: 'Amina', space });
    expect(membership).toEqual({
      serverUrl: 'http://relay.test',
      space: 'tip-network',
      spaceName: 'TIP network',
      role: 'owner',
      token: 't0k',
    });
  });

  it('refuses an answer whose space id could not be a room name', async () => {
    const odd = answering(200, { token: 't', role: 'owner', space: '../etc', spaceName: 'x', memberId: 'm' });
    const space = { name: 'x', description: '', languages: ['en'] };
    expect(await reasonOf(createSpace('http://relay.test', { ownerToken: 't' }, 'A', space, odd))).toBe(
      'server',
    );
  });
});

describe('members and invites', () => {
  it('maps each refusal status to its reason', async () => {
    const cases: Array<[number, string]> = [
      [400, 'invalid'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [409, 'conflict'],
      [410, 'gone'],
      [429, 'rate-limited'],
      [500, 'server'],
      [502, 'server'],
    ];
    for (const [status, reason] of cases) {
      const original = globalThis.fetch;
      globalThis.fetch = answering(status, { error: 'refused' });
      try {
        expect(await reasonOf(listMembers(where)), String(status)).toBe(reason);
      } finally {
        globalThis.fetch = original;
      }
    }
  });

  it('reads join dates and never-expiring invites from the relay answer', async () => {
    const original = globalThis.fetch;
    globalThis.fetch = answering(200, {
      members: [
        { id: 'm1', name: 'Amina', role: 'owner', joinedAt: '2026-12-01T10:00:00.000Z', revokedAt: null },
      ],
    });
    try {
      const [amina] = await listMembers(where);
      expect(amina?.joinedAt).toBe(Date.parse('2026-12-01T10:00:00.000Z'));
      globalThis.fetch = answering(200, {
        id: 'i1',
        code: 'abc',
        link: 'http://relay.test/#/join?space=s&invite=abc',
        role: 'editor',
        expiresAt: null,
        maxUses: null,
      });
      const invite = await createInvite(where, { role: 'editor', expiresInSeconds: null, maxUses: null });
      expect(invite.expiresAt).toBeNull();
      globalThis.fetch = answering(200, { members: [{ id: 'm1', name: 'Amina', role: 'emperor' }] });
      expect(await reasonOf(listMembers(where))).toBe('server');
    } finally {
      globalThis.fetch = original;
    }
  });
});

describe('the invite QR code', () => {
  it('is a square with the three finder patterns in its corners, inside a quiet zone', () => {
    const { size, path } = qrPath('http://relay.test/#/join?space=tip-network&invite=abc');
    const dark = new Set([...path.matchAll(/M(\d+) (\d+)/g)].map(([, x, y]) => `${x},${y}`));
    const modules = size - 8;
    expect(modules).toBeGreaterThanOrEqual(21);
    // A finder pattern's outer ring starts 4 modules in (the quiet zone), at three corners.
    for (const [x, y] of [
      [4, 4],
      [4 + modules - 7, 4],
      [4, 4 + modules - 7],
    ]) {
      expect(dark.has(`${x},${y}`)).toBe(true);
      expect(dark.has(`${(x ?? 0) + 6},${(y ?? 0) + 6}`)).toBe(true);
    }
    expect([...dark].some((cell) => cell.startsWith('0,') || cell.endsWith(',0'))).toBe(false);
  });
});
