// The token and members commands act on the shared PostgreSQL database with --database, so an operator can
// admit and revoke people for every instance at once; with --redis a revocation disconnects at once.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, expect, test } from 'vitest';
import type { Relay } from '../../server/relay';
import { documentRoom } from '../../shared/rooms';
import { sharedClusterPerFile } from './cluster-fixture';
import { ensureCliBuilt } from './support/build-cli';
import { TEST_SECRET, tempDir } from './support/relay';

const run = promisify(execFile);
const cluster = sharedClusterPerFile();
let relay: Relay;

beforeAll(async () => {
  // Only the announcement can disconnect the member within this test.
  relay = await cluster.startRelay({ revocationCheckMs: 60_000 });
});

async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [await ensureCliBuilt(), ...args, '--data', tempDir()], {
    env: { ...process.env, COMMONS_RELAY_SECRET: TEST_SECRET },
  });
  return stdout.trim();
}

test('a token made with --database admits its holder, and revoking with --redis disconnects them', async () => {
  const token = await cli(
    'token',
    '--database',
    cluster.database.url,
    '--space',
    'ngo-network',
    '--role',
    'commenter',
    '--name',
    'Amina',
  );
  const amina = cluster.connect(
    relay.url.replace(/^http/, 'ws'),
    documentRoom('ngo-network', 'lesson-1'),
    token,
  );
  await amina.synced;

  const listed = await cli('members', '--database', cluster.database.url, '--space', 'ngo-network');
  const [memberId, role, name, status] = listed.split('\t');
  expect([role, name, status]).toEqual(['commenter', 'Amina', 'active']);

  const closed = new Promise<number>((resolve) =>
    amina.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
  );
  await cli(
    'members',
    'revoke',
    '--database',
    cluster.database.url,
    '--redis',
    cluster.redis.url,
    '--space',
    'ngo-network',
    '--member',
    memberId as string,
  );
  expect(await closed).toBe(4401);
});
