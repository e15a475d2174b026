// Without a configured secret the relay creates one in its data folder, readable only by its owner, and
// keeps using it, so tokens issued before a restart still work after it.
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { issueMemberToken } from '../../server/admin';
import { SECRET_FILE_NAME } from '../../server/auth/secret';
import { createRelay } from '../../server/relay';
import { indexRoom } from '../../shared/rooms';
import { tempDir, upgradeStatus } from './support/relay';

let savedSecret: string | undefined;

beforeEach(() => {
  savedSecret = process.env.COMMONS_RELAY_SECRET;
  delete process.env.COMMONS_RELAY_SECRET;
});

afterEach(() => {
  if (savedSecret !== undefined) process.env.COMMONS_RELAY_SECRET = savedSecret;
});

test('the generated secret file is 0600 and survives a restart', async () => {
  const dataDir = tempDir();
  const options = { port: 0, host: '127.0.0.1', dataDir, logger: pino({ level: 'silent' }) };
  const first = await createRelay(options);
  expect(statSync(join(dataDir, SECRET_FILE_NAME)).mode & 0o777).toBe(0o600);
  const token = await issueMemberToken({ dataDir, space: 'mekong', role: 'viewer', name: 'Lan' });
  expect(
    await upgradeStatus(`${first.url.replace('http', 'ws')}/${indexRoom('mekong')}?token=${token}`),
  ).toBe(101);
  await first.close();

  const second = await createRelay(options);
  expect(
    await upgradeStatus(`${second.url.replace('http', 'ws')}/${indexRoom('mekong')}?token=${token}`),
  ).toBe(101);
  await second.close();
  rmSync(dataDir, { recursive: true, force: true });
});
