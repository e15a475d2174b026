// Every member/invite endpoint that changes something is for owners: viewers, commenters and editors get 403
// (so an editor cannot make an owner invite, or any invite). Every member can read the space and its members.
import { beforeEach, expect, test } from 'vitest';
import type { Role } from '../../shared/roles';
import { callApi, type FoundedSpace, setUpSpace, setupCodeOf } from './support/api';
import { relayPerTest } from './support/relay-per-test';

const setup = relayPerTest();
let owner: FoundedSpace;

beforeEach(async () => {
  owner = await setUpSpace(setup.relay.url, setupCodeOf(setup.relay.relay.setupLink ?? ''), 'Mekong Forum');
});

const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, token: string, body?: unknown) =>
  callApi(setup.relay.url, method, path, { token, body });

async function joinAs(role: Role, displayName: string): Promise<{ token: string; memberId: string }> {
  const invite = await api('POST', '/api/invites', owner.token, { role });
  const joined = await callApi(setup.relay.url, 'POST', '/api/join', {
    body: { space: owner.space, invite: invite.body.code, displayName },
  });
  expect(joined.status).toBe(200);
  return joined.body as { token: string; memberId: string };
}

for (const role of ['viewer', 'commenter', 'editor'] as const) {
  test(`${role === 'editor' ? 'an' : 'a'} ${role} gets 403 from every owner endpoint`, async () => {
    const { token } = await joinAs(role, `A ${role}`);
    const other = await joinAs('viewer', 'Someone');
    const invite = await api('POST', '/api/invites', owner.token, { role: 'viewer' });
    const attempts = [
      ...(['viewer', 'commenter', 'editor', 'owner'] as const).map((invited) =>
        api('POST', '/api/invites', token, { role: invited }),
      ),
      api('GET', '/api/invites', token),
      api('DELETE', `/api/invites/${invite.body.id}`, token),
      api('PATCH', `/api/members/${other.memberId}`, token, { role: 'editor' }),
      api('PATCH', `/api/members/${owner.memberId}`, token, { role: 'viewer' }),
      api('DELETE', `/api/members/${other.memberId}`, token),
      api('DELETE', `/api/members/${owner.memberId}`, token),
      api('POST', '/api/spaces', token, {
        displayName: 'X',
        space: { name: 'Mine', description: '', languages: [] },
      }),
    ];
    for (const answer of await Promise.all(attempts)) {
      expect(answer.status).toBe(403);
      expect(answer.body.error).toMatch(/^Only (owners|an owner) /);
    }
    // Nothing changed: the invite still lists, the other member is still a viewer and nobody was removed.
    const invites = await api('GET', '/api/invites', owner.token);
    expect(invites.body.invites).toContainEqual(expect.objectContaining({ id: invite.body.id }));
    const members = (await api('GET', '/api/members', owner.token)).body.members as {
      id: string;
      role: string;
      revokedAt: string | null;
    }[];
    expect(members.every((member) => member.revokedAt === null)).toBe(true);
    expect(members.find((member) => member.id === other.memberId)?.role).toBe('viewer');
  });
}

test('every member reads the space and who is in it; only owners also see who was removed', async () => {
  const viewer = await joinAs('viewer', 'Vanna');
  const removed = await joinAs('editor', 'Ex');
  expect((await api('DELETE', `/api/members/${removed.memberId}`, owner.token)).status).toBe(200);

  const space = await api('GET', '/api/space', viewer.token);
  expect(space.status).toBe(200);
  expect(space.body).toMatchObject({
    id: owner.space,
    name: 'Mekong Forum',
    you: { memberId: viewer.memberId, name: 'Vanna', role: 'viewer' },
  });
  expect(Date.parse(space.body.createdAt as string)).not.toBeNaN();

  const seenByViewer = await api('GET', '/api/members', viewer.token);
  expect(seenByViewer.status).toBe(200);
  const names = (seenByViewer.body.members as { name: string; joinedAt: string }[]).map((m) => m.name);
  expect(names.sort()).toEqual(['Ana', 'Vanna']);
  const seenByOwner = (await api('GET', '/api/members', owner.token)).body.members as { name: string }[];
  expect(seenByOwner.map((member) => member.name).sort()).toEqual(['Ana', 'Ex', 'Vanna']);
});

test('without a valid token every member endpoint answers 401', async () => {
  for (const [method, path] of [
    ['GET', '/api/space'],
    ['GET', '/api/members'],
    ['GET', '/api/invites'],
    ['POST', '/api/invites'],
    ['DELETE', `/api/members/${owner.memberId}`],
  ] as const) {
    expect(
      (await callApi(setup.relay.url, method, path, { body: method === 'POST' ? {} : undefined })).status,
    ).toBe(401);
    expect((await api(method, path, 'not.a.token')).status).toBe(401);
  }
});

test('an owner invite lasts seven days unless told otherwise; open invites are listed and can be revoked', async () => {
  const before = Date.now();
  const created = await api('POST', '/api/invites', owner.token, { role: 'owner', maxUses: 2 });
  expect(created.status).toBe(200);
  expect(created.body).toMatchObject({ role: 'owner', maxUses: 2 });
  expect(created.body.link).toBe(
    `${setup.relay.url}/#/join?space=${owner.space}&invite=${created.body.code}`,
  );
  const expiresAt = Date.parse(created.body.expiresAt as string);
  expect(expiresAt - before).toBeGreaterThanOrEqual(7 * 24 * 3600 * 1000 - 1000);
  expect(expiresAt - before).toBeLessThanOrEqual(7 * 24 * 3600 * 1000 + 60_000);

  const forever = await api('POST', '/api/invites', owner.token, { role: 'viewer', expiresInSeconds: null });
  expect(forever.body.expiresAt).toBeNull();
  expect(forever.body.maxUses).toBeNull();

  const listed = (await api('GET', '/api/invites', owner.token)).body.invites as {
    id: string;
    uses: number;
  }[];
  expect(listed.map((invite) => invite.id).sort()).toEqual([created.body.id, forever.body.id].sort());
  expect(listed.every((invite) => invite.uses === 0)).toBe(true);
  expect(JSON.stringify(listed)).not.toContain(created.body.code as string);

  expect(await api('DELETE', `/api/invites/${forever.body.id}`, owner.token)).toEqual({
    status: 200,
    body: { revoked: forever.body.id },
  });
  const refused = await callApi(setup.relay.url, 'POST', '/api/join', {
    body: { space: owner.space, invite: forever.body.code, displayName: 'Too late' },
  });
  expect(refused.status).toBe(404);
  expect((await api('DELETE', `/api/invites/${forever.body.id}`, owner.token)).status).toBe(404);
  const remaining = (await api('GET', '/api/invites', owner.token)).body.invites as { id: string }[];
  expect(remaining.map((invite) => invite.id)).toEqual([created.body.id]);
});

test('the last owner can be neither demoted nor removed; with a second owner either works', async () => {
  const demote = await api('PATCH', `/api/members/${owner.memberId}`, owner.token, { role: 'editor' });
  expect(demote.status).toBe(409);
  expect(demote.body.error).toBe('A space needs at least one owner: make someone else an owner first.');
  expect((await api('DELETE', `/api/members/${owner.memberId}`, owner.token)).status).toBe(409);

  const second = await joinAs('editor', 'Bo');
  const promoted = await api('PATCH', `/api/members/${second.memberId}`, owner.token, { role: 'owner' });
  expect(promoted.status).toBe(200);
  expect(promoted.body.member).toMatchObject({
    id: second.memberId,
    name: 'Bo',
    role: 'owner',
    revokedAt: null,
  });
  const stepDown = await api('PATCH', `/api/members/${owner.memberId}`, owner.token, { role: 'editor' });
  expect(stepDown.status).toBe(200);
  // Now an editor: the old owner token no longer manages anything, even though it was signed as an owner's.
  expect((await api('GET', '/api/invites', owner.token)).status).toBe(403);
  expect((await api('DELETE', `/api/members/${second.memberId}`, second.token)).status).toBe(409);
});

test('members of another space and unknown ids are not found; bad roles are refused', async () => {
  const other = await api('POST', '/api/spaces', owner.token, {
    displayName: 'Ana',
    space: { name: 'Andes Circle', description: '', languages: ['es'] },
  });
  expect(other.status).toBe(200);
  expect(other.body).toMatchObject({ role: 'owner', space: 'andes-circle', spaceName: 'Andes Circle' });
  const stranger = other.body.memberId as string;
  expect((await api('PATCH', `/api/members/${stranger}`, owner.token, { role: 'viewer' })).status).toBe(404);
  expect((await api('DELETE', `/api/members/${stranger}`, owner.token)).status).toBe(404);
  expect((await api('PATCH', '/api/members/nobody', owner.token, { role: 'viewer' })).status).toBe(404);
  const bad = await api('PATCH', `/api/members/${owner.memberId}`, owner.token, { role: 'admin' });
  expect(bad.status).toBe(400);
  expect(bad.body.error).toMatch(/^The request is not valid \(role: /);
});
