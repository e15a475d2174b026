// A client past a rate limit is told when to come back: /api/join's 429 and a refused upgrade's 429 both carry
// Retry-After in whole seconds.
import { request } from 'node:http';
import { expect, test } from 'vitest';
import { documentRoom } from '../../shared/rooms';
import { relayPerTest } from './support/relay-per-test';

const setup = relayPerTest({
  apiRateLimit: { burst: 2, perSecond: 0.25 },
  connectionRateLimit: { burst: 1, perSecond: 0.5 },
});

const join = () =>
  fetch(`${setup.relay.url}/api/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ space: 'pacific', invite: 'a-guess', displayName: 'X' }),
  });

test('/api/join answers 429 with Retry-After once its limit is reached', async () => {
  expect((await join()).status).toBe(404);
  expect((await join()).status).toBe(404);
  const limited = await join();
  expect(limited.status).toBe(429);
  const retryAfter = Number(limited.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(4);
});

/** Sends a WebSocket upgrade request and returns the refusal's status and Retry-After header. */
function upgrade(path: string): Promise<{ status: number; retryAfter: string | undefined }> {
  const url = new URL(setup.relay.url);
  return new Promise((resolve, reject) => {
    const attempt = request({
      host: url.hostname,
      port: url.port,
      path,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
      },
    });
    attempt.on('response', (response) => {
      resolve({ status: response.statusCode ?? 0, retryAfter: response.headers['retry-after'] });
      response.resume();
    });
    attempt.on('upgrade', (_response, socket) => {
      socket.destroy();
      resolve({ status: 101, retryAfter: undefined });
    });
    attempt.on('error', reject);
    attempt.end();
  });
}

test('a connection attempt past the limit is refused with 429 and Retry-After', async () => {
  const path = `/${documentRoom('pacific', 'lesson')}`;
  expect((await upgrade(path)).status).toBe(401);
  const limited = await upgrade(path);
  expect(limited.status).toBe(429);
  expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
});
