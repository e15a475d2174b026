// The commons-relay command's member tasks: a token that opens the space, an invite link that joins it,
// the member list, revoking, and clear errors with a non-zero exit for bad arguments.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { indexRoom } from '../../shared/rooms';
import { ensureCliBuilt } from './support/build-cli';
import { startRelay, type TestRelay, tempDir, upgradeStatus } from './support/relay';

const run = promisify(execFile);
const SECRET = 'cli-test-secret';
let cli: string;
let dataDir: string;
let relay: TestRelay;

beforeAll(async () => {
  cli = await ensureCliBuilt();
  dataDir = tempDir();
  relay = await startRelay({ dataDir, secret: SECRET });
}, 120_000);

afterAll(async () => {
  await relay.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const commonsRelay = (...args: string[]) =>
  run(process.execPath, [cli, ...args], { env: { ...process.env, COMMONS_RELAY_SECRET: SECRET } });

async function failure(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await commonsRelay(...args);
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr };
  }
  throw new Error('the command succeeded');
}

test('token prints only a token that opens the space', async () => {
  const { stdout } = await commonsRelay(
    'token',
    '--data',
    dataDir,
    '--space',
    'pacific',
    '--role',
    'editor',
    '--name',
    'Sione',
  );
  const token = stdout.trim();
  expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  expect(await upgradeStatus(`${relay.wsUrl}/${indexRoom('pacific')}?token=${token}`)).toBe(101);
});

test('invite prints a join link that POST /api/join accepts', async () => {
  const { stdout } = await commonsRelay(
    'invite',
    '--data',
    dataDir,
    '--space',
    'pacific',
    '--role',
    'viewer',
    '--expires',
    '7d',
    '--max-uses',
    '1',
    '--url',
    relay.url,
  );
  const link = new URL(stdout.trim());
  expect(link.origin).toBe(relay.url);
  const params = new URLSearchParams(link.hash.replace(/^#\/join\?/, ''));
  expect(params.get('space')).toBe('pacific');
  const joined = await fetch(`${relay.url}/api/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ space: 'pacific', invite: params.get('invite'), displayName: 'Mele' }),
  });
  expect(joined.status).toBe(200);
});

test('members lists the space and members revoke removes one', async () => {
  const { stdout: token } = await commonsRelay(
    'token',
    '--data',
    dataDir,
    '--space',
    'atlantic',
    '--role',
    'commenter',
    '--name',
    'Joana',
  );
  const { stdout: listing } = await commonsRelay('members', '--data', dataDir, '--space', 'atlantic');
  const [line] = listing.trim().split('\n');
  const [memberId, role, name, status] = (line ?? '').split('\t');
  expect({ role, name, status }).toEqual({ role: 'commenter', name: 'Joana', status: 'active' });

  await commonsRelay(
    'members',
    'revoke',
    '--data',
    dataDir,
    '--space',
    'atlantic',
    '--member',
    memberId ?? '',
  );
  const { stdout: after } = await commonsRelay('members', '--data', dataDir, '--space', 'atlantic');
  expect(after).toMatch(/\trevoked /);
  expect(await upgradeStatus(`${relay.wsUrl}/${indexRoom('atlantic')}?token=${token.trim()}`)).toBe(401);
});

test('bad arguments print a clear error and exit non-zero', async () => {
  const [badRole, noSpace, badExpiry, unknown, badSpace, missingMember] = await Promise.all([
    failure('token', '--data', dataDir, '--space', 'pacific', '--role', 'admin', '--name', 'X'),
    failure('token', '--data', dataDir, '--role', 'viewer', '--name', 'X'),
    failure('invite', '--data', dataDir, '--space', 'pacific', '--role', 'viewer', '--expires', 'soon'),
    failure('teleport', '--data', dataDir),
    failure('members', '--data', dataDir, '--space', 'Not A Space'),
    failure('members', 'revoke', '--data', dataDir, '--space', 'pacific', '--member', 'nobody'),
  ]);
  expect(badRole.code).toBe(2);
  expect(badRole.stderr).toContain('--role must be viewer, commenter, editor or owner');
  expect(noSpace.code).toBe(2);
  expect(noSpace.stderr).toContain('--space is required');
  expect(badExpiry.stderr).toContain('--expires must be a positive duration');
  expect(unknown.stderr).toContain('unknown command "teleport"');
  expect(badSpace.code).not.toBe(0);
  expect(badSpace.stderr).toContain('not a valid space id');
  expect(missingMember.code).not.toBe(0);
  expect(missingMember.stderr).toContain('no member nobody');
});

test('invite --expires never makes an invite without expiry, and members revoke keeps the last owner', async () => {
  const { stdout: ownerToken } = await commonsRelay(
    'token',
    '--data',
    dataDir,
    '--space',
    'indian-ocean',
    '--role',
    'owner',
    '--name',
    'Priya',
  );
  await commonsRelay(
    'invite',
    '--data',
    dataDir,
    '--space',
    'indian-ocean',
    '--role',
    'editor',
    '--expires',
    'never',
  );
  await commonsRelay('invite', '--data', dataDir, '--space', 'indian-ocean', '--role', 'viewer');
  const listed = await fetch(`${relay.url}/api/invites`, {
    headers: { Authorization: `Bearer ${ownerToken.trim()}` },
  });
  const { invites } = (await listed.json()) as { invites: { role: string; expiresAt: string | null }[] };
  const expiry = Object.fromEntries(invites.map((invite) => [invite.role, invite.expiresAt]));
  expect(expiry.editor).toBeNull();
  // Without --expires an invite lasts seven days.
  expect(Date.parse(expiry.viewer ?? '') - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

  const { stdout: listing } = await commonsRelay('members', '--data', dataDir, '--space', 'indian-ocean');
  const ownerId = listing.trim().split('\t')[0] ?? '';
  const refused = await failure(
    'members',
    'revoke',
    '--data',
    dataDir,
    '--space',
    'indian-ocean',
    '--member',
    ownerId,
  );
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('is the last owner of indian-ocean');
});
