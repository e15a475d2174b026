// `commons-relay` takes the connection caps and who may reach /metrics and the owners' API from its flags, and
// refuses a value it cannot use with a sentence and exit code 2.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { issueMember } from '../../server/admin';
import { documentRoom } from '../../shared/rooms';
import { setUpSpace } from './support/api';
import { ensureCliBuilt } from './support/build-cli';
import { openGreeted, openPresenceSocket, type PresenceSocket } from './support/presence-socket';
import { tempDir } from './support/relay';
import { type RelayProcess, startRelayProcess } from './support/relay-process';

const SECRET = 'flags-test-secret';
const run = promisify(execFile);
let cli: string;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  cli = await ensureCliBuilt();
}, 120_000);

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(flags: string[]): Promise<{ relay: RelayProcess; dataDir: string }> {
  const dataDir = tempDir();
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const relay = await startRelayProcess(dataDir, SECRET, flags);
  cleanups.push(async () => {
    if (relay.child.exitCode === null) relay.child.kill('SIGTERM');
    await relay.exited;
  });
  return { relay, dataDir };
}

test('a scope or cap it cannot use is refused with a sentence and exit code 2', async () => {
  for (const [flag, value, sentence] of [
    ['--metrics-from', 'everywhere', '--metrics-from must be loopback or any-address, not "everywhere"'],
    ['--admin-from', 'lan', '--admin-from must be loopback or any-address, not "lan"'],
    ['--max-connections-per-member', '0', '--max-connections-per-member must be a positive whole number'],
    ['--max-rooms-per-member', 'many', '--max-rooms-per-member must be a positive whole number'],
  ] as const) {
    const failed = await run(process.execPath, [cli, '--data', tempDir(), flag, value]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toContain(sentence);
  }
});

test('the caps and scopes given on the command line are the ones the relay applies', async () => {
  const { relay, dataDir } = await serve([
    '--max-connections-per-member',
    '1',
    '--trust-proxy',
    '--metrics-from',
    'any-address',
    '--admin-from',
    'loopback',
  ]);
  const { token } = await issueMember({
    dataDir,
    secret: SECRET,
    space: 'pacific',
    role: 'viewer',
    name: 'One',
  });
  const room = documentRoom('pacific', 'lesson');
  const first: PresenceSocket = await openGreeted(relay.wsUrl, room, token);
  cleanups.push(() => first.close());
  expect(await openPresenceSocket(relay.wsUrl, room, token)).toMatchObject({ refused: 4429 });

  // Behind the trusted proxy, this header names a caller on another computer.
  const elsewhere = { 'X-Forwarded-For': '192.0.2.77' };
  expect((await fetch(`${relay.url}/metrics`, { headers: elsewhere })).status).toBe(200);
  const setupCode = /#\/setup\?code=(\S+)/.exec(relay.output())?.[1] ?? '';
  const owner = await setUpSpace(relay.url, setupCode);
  const invite = await fetch(`${relay.url}/api/invites`, {
    method: 'POST',
    headers: { ...elsewhere, Authorization: `Bearer ${owner.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'viewer' }),
  });
  expect(invite.status).toBe(403);
});
