// Structured logs are JSON lines, and a member token never appears in them, not even inside a logged URL.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { documentRoom } from '../../shared/rooms';
import { startRelay, type TestRelay, upgradeStatus } from './support/relay';

const lines: string[] = [];
let relay: TestRelay;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  relay = await startRelay({ logger: pino({ level: 'info' }, sink) });
});

afterAll(async () => {
  await relay.close();
});

test('a refused connection is logged as JSON with its token redacted', async () => {
  const token = await relay.token('logging', 'editor');
  expect(await upgradeStatus(`${relay.wsUrl}/${documentRoom('other-space', 'x')}?token=${token}`)).toBe(403);
  expect(await upgradeStatus(`${relay.wsUrl}/${documentRoom('logging', 'x')}?token=${token}tampered`)).toBe(
    401,
  );

  const refusals = lines
    .map((line) => JSON.parse(line))
    .filter((entry) => entry.msg === 'refused a connection');
  expect(refusals.map((entry) => entry.reason)).toEqual(['other-space', 'bad-token']);
  expect(refusals[0].url).toContain('token=[redacted]');
  expect(lines.join('\n')).not.toContain(token);
});
