// Structured logs are JSON lines, and a member token never appears in them, not even inside a logged URL.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createLogger, redactUrl } from '../../server/operations/logger';
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

test('a token whose parameter name is percent-encoded is redacted too', async () => {
  const token = await relay.token('logging', 'editor');
  // The relay decodes parameter names, so `%74oken` is read as `token` and must be logged as one.
  const disguised = `${relay.wsUrl}/${documentRoom('other-space', 'x')}?%74oken=${token}`;
  expect(await upgradeStatus(disguised)).toBe(403);
  expect(lines.join('\n')).not.toContain(token);
});

test('redactUrl hides every spelling the relay would read as a token, and nothing else', () => {
  expect(redactUrl('/a/doc/x?%74oken=secret&tok%65n=secret2')).toBe(
    '/a/doc/x?%74oken=[redacted]&tok%65n=[redacted]',
  );
  expect(redactUrl('/a?space=s&token=abc#frag')).toBe('/a?space=s&token=[redacted]#frag');
  expect(redactUrl('/a?tokens=kept&mytoken=kept')).toBe('/a?tokens=kept&mytoken=kept');
  // A name that does not decode cannot be told apart from a token: hide its value.
  expect(redactUrl('/a?%E0%A4%A=hidden')).toBe('/a?%E0%A4%A=[redacted]');
});

test("the relay's own logger hides JWT-shaped values and token parameters in every field and message", () => {
  const written: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      written.push(String(chunk));
      done();
    },
  });
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtZW1iZXIifQ.c2lnbmF0dXJlLWJ5dGVz';
  const logger = createLogger('info', sink);
  logger.info({ detail: { note: `pasted ${jwt} by mistake` }, url: '/s/doc/x?%74oken=abc' }, `saw ${jwt}`);
  logger.error({ err: new Error(`bad token ${jwt}`) }, 'failed');
  const output = written.join('');
  expect(output).not.toContain(jwt);
  expect(output).not.toContain('abc');
  expect(output).toContain('pasted [redacted] by mistake');
  expect(output).toContain('bad token [redacted]');
});
