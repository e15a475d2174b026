// The token and members commands act on the shared PostgreSQL database with --database, so an operator can
// admit and revoke people for every instance at once; with --redis a revocation disconnects at once.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pino from 'pino';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createRelay, type Relay } from '../../server/relay';
import { documentRoom } from '../../shared/rooms';
import { startRedis, type TestRedis } from './cluster-fixture';
import { createTestDatabase, type TestDatabase } from './postgres-fixture';
import { ensureCliBuilt } from './support/build-cli';
import { connectClient, TEST_SECRET, type TestClient, tempDir } from './support/relay';

const run = promisify(execFile);
let database: TestDatabase;
let redis: TestRedis;
let relay: Relay;
const clients: TestClient[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  redis = await startRedis();
  const dataDir = tempDir();
  relay = await createRelay({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    secret: TEST_SECRET,
    databaseUrl: database.url,
    redisUrl: redis.url,
    logger: pino({ level: 'silent' }),
    webRoot: `${dataDir}/no-web-build`,
    // Only the announcement can disconnect the member within this test.
    revocationCheckMs: 60_000,
  });
});

afterAll(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await relay?.close();
  await redis?.stop();
  await database?.drop();
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
    database.url,
    '--space',
    'ngo-network',
    '--role',
    'commenter',
    '--name',
    'Amina',
  );
  const amina = connectClient(
    relay.url.replace(/^http/, 'ws'),
    documentRoom('ngo-network', 'lesson-1'),
    token,
  );
  clients.push(amina);
  await amina.synced;

  const listed = await cli('members', '--database', database.url, '--space', 'ngo-network');
  const [memberId, role, name, status] = listed.split('\t');
  expect([role, name, status]).toEqual(['commenter', 'Amina', 'active']);

  const closed = new Promise<number>((resolve) =>
    amina.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
  );
  await cli(
    'members',
    'revoke',
    '--database',
    database.url,
    '--redis',
    redis.url,
    '--space',
    'ngo-network',
    '--member',
    memberId as string,
  );
  expect(await closed).toBe(4401);
});
