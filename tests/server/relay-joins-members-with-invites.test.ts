// Owners invite people with a link; POST /api/join turns an invite and a display name into a member token,
// within the invite's expiry and number of uses. Only owners create invites.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { indexRoom } from '../../shared/rooms';
import { startRelay, type TestRelay, upgradeStatus } from './support/relay';

const SPACE = 'southeast-asia';
let relay: TestRelay;
let ownerToken: string;

beforeEach(async () => {
  relay = await startRelay();
  ownerToken = await relay.token(SPACE, 'owner', 'Lead');
});

afterEach(async () => {
  vi.useRealTimers();
  await relay.close();
});

async function createInvite(body: object, token = ownerToken): Promise<Response> {
  return fetch(`${relay.url}/api/invites`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function join(body: object): Promise<Response> {
  return fetch(`${relay.url}/api/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

test('an invite link lets a new member join with the invited role and connect', async () => {
  const created = await createInvite({ role: 'commenter' });
  expect(created.status).toBe(200);
  const { link, code } = (await created.json()) as { link: string; code: string };
  expect(link).toBe(`${relay.url}/#/join?space=${SPACE}&invite=${code}`);

  const joined = await join({ space: SPACE, invite: code, displayName: 'Somchai' });
  expect(joined.status).toBe(200);
  const member = (await joined.json()) as { token: string; role: string; space: string; memberId: string };
  expect(member).toMatchObject({ role: 'commenter', space: SPACE });
  expect(await upgradeStatus(`${relay.wsUrl}/${indexRoom(SPACE)}?token=${member.token}`)).toBe(101);

  const listed = await fetch(`${relay.url}/api/members`, {
    headers: { Authorization: `Bearer ${ownerToken}` },
  });
  const { members } = (await listed.json()) as { members: { id: string; name: string; role: string }[] };
  expect(members).toContainEqual(
    expect.objectContaining({ id: member.memberId, name: 'Somchai', role: 'commenter' }),
  );
});

test('an invite stops working after its maximum number of uses', async () => {
  const { code } = (await (await createInvite({ role: 'viewer', maxUses: 2 })).json()) as { code: string };
  expect((await join({ space: SPACE, invite: code, displayName: 'One' })).status).toBe(200);
  expect((await join({ space: SPACE, invite: code, displayName: 'Two' })).status).toBe(200);
  const third = await join({ space: SPACE, invite: code, displayName: 'Three' });
  expect(third.status).toBe(410);
  expect(await third.json()).toEqual({
    error: 'This invite has been used as many times as it allows. Ask an owner for a new link.',
  });
});

test('an invite stops working once it has expired', async () => {
  const { code } = (await (await createInvite({ role: 'editor', expiresInSeconds: 3600 })).json()) as {
    code: string;
  };
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 2 * 3600 * 1000);
  const late = await join({ space: SPACE, invite: code, displayName: 'Late' });
  expect(late.status).toBe(410);
  expect(await late.json()).toEqual({
    error: 'This invite has expired. Ask an owner of the space for a new link.',
  });
});

test('unknown invites, invites for another space and malformed bodies are refused with an error', async () => {
  const { code } = (await (await createInvite({ role: 'viewer' })).json()) as { code: string };
  expect((await join({ space: SPACE, invite: 'made-up', displayName: 'X' })).status).toBe(404);
  expect((await join({ space: 'other-space', invite: code, displayName: 'X' })).status).toBe(404);
  const malformed = await join({ space: SPACE, invite: code });
  expect(malformed.status).toBe(400);
  expect(((await malformed.json()) as { error: string }).error).toMatch(/displayName/);
  const notJson = await fetch(`${relay.url}/api/join`, { method: 'POST', body: '{oops' });
  expect(notJson.status).toBe(400);
  const huge = await join({ space: SPACE, invite: code, displayName: 'x'.repeat(100_000) });
  expect(huge.status).toBe(413);
});

test('only owners create invites', async () => {
  const editorToken = await relay.token(SPACE, 'editor');
  expect((await createInvite({ role: 'owner' }, editorToken)).status).toBe(403);
  expect((await createInvite({ role: 'owner' }, 'garbage')).status).toBe(401);
  expect((await createInvite({ role: 'dictator' })).status).toBe(400);
});
