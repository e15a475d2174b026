// Behind a reverse proxy every connection comes from the proxy's address. With --trust-proxy the relay
// rate-limits each client named in X-Forwarded-For on its own; without it, that header (which anyone can send)
// never changes whose bucket an attempt is taken from.
import { afterEach, expect, test } from 'vitest';
import { indexRoom } from '../../shared/rooms';
import { startRelay, type TestRelay, upgradeStatus } from './support/relay';

// Documentation addresses (RFC 5737): only ever written into a header, never connected to.
const CLIENT_A = '203.0.113.10';
const CLIENT_B = '198.51.100.20';

let relay: TestRelay | undefined;

afterEach(async () => {
  await relay?.close();
  relay = undefined;
});

/** Opens a WebSocket with an X-Forwarded-For header, as a proxy would forward it; resolves the HTTP status. */
const attempt = (url: string, forwardedFor?: string): Promise<number> =>
  upgradeStatus(url, forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {});

async function attempts(url: string, forwardedFor: (string | undefined)[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const header of forwardedFor) statuses.push(await attempt(url, header));
  return statuses;
}

async function relayWithTightLimit(trustProxy: boolean): Promise<string> {
  relay = await startRelay({ connectionRateLimit: { burst: 2, perSecond: 0.01 }, trustProxy });
  return `${relay.wsUrl}/${indexRoom('office')}?token=${await relay.token('office', 'viewer')}`;
}

test('without --trust-proxy a spoofed X-Forwarded-For does not buy a fresh bucket', async () => {
  const url = await relayWithTightLimit(false);
  expect(await attempts(url, [CLIENT_A, CLIENT_A, CLIENT_B, undefined, `${CLIENT_B}, ${CLIENT_A}`])).toEqual([
    101, 101, 429, 429, 429,
  ]);
});

test('with --trust-proxy two clients behind the proxy are limited separately', async () => {
  const url = await relayWithTightLimit(true);
  expect(await attempts(url, [CLIENT_A, CLIENT_A, CLIENT_A])).toEqual([101, 101, 429]);
  expect(await attempts(url, [CLIENT_B, CLIENT_B, CLIENT_B])).toEqual([101, 101, 429]);
});

test('with --trust-proxy only the entry the proxy added counts, not what the client wrote to its left', async () => {
  const url = await relayWithTightLimit(true);
  // The client forges a different address on each attempt; the proxy appends the one it really saw.
  const forged = ['192.0.2.1', '192.0.2.2', '192.0.2.3'].map((fake) => `${fake}, ${CLIENT_A}`);
  expect(await attempts(url, forged)).toEqual([101, 101, 429]);
});

test('with --trust-proxy a header that is not an address counts against the proxy, not a new bucket each time', async () => {
  const url = await relayWithTightLimit(true);
  expect(await attempts(url, ['not-an-address', 'also <bad>', '999.1.1.1', ''])).toEqual([
    101, 101, 429, 429,
  ]);
  // A well-formed client address still has its own bucket.
  expect(await attempts(url, [CLIENT_B])).toEqual([101]);
});
