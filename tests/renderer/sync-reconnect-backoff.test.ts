// Clients reconnect on a jittered exponential schedule: waits grow up to a cap, a crowd of clients retrying
// after a relay restart is spread out rather than arriving at once, closes the relay marks as final are not
// retried, disconnect() stops a pending retry, and back online the schedule starts again from its shortest wait.
import { once } from 'node:events';
import { afterEach, expect, test } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { JitteredWebsocketProvider, reconnectDelay } from '../../renderer/sync/reconnect';

const schedule = { baseMs: 500, capMs: 30_000 };

test('the longest possible wait doubles per failed attempt, from the base up to the cap', () => {
  const longest = (attempt: number) => reconnectDelay(attempt, () => 0.999_999, schedule);
  expect(longest(0)).toBe(499);
  expect(longest(1)).toBe(999);
  expect(longest(3)).toBe(3999);
  expect(longest(6)).toBe(29_999);
  expect(longest(50)).toBe(29_999);
  expect(reconnectDelay(4, () => 0, schedule)).toBe(0);
  expect(reconnectDelay(-3, () => 0.5, schedule)).toBe(250);
});

test('a thousand clients retrying after a restart spread over the whole window', () => {
  // A fixed-seed generator keeps the test deterministic.
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const delays = Array.from({ length: 1000 }, () => reconnectDelay(3, random, schedule));
  const buckets = new Array(8).fill(0);
  for (const delay of delays) buckets[Math.floor(delay / 500)] += 1;
  // Evenly spread means about 125 per half second; a stampede would put them all in one bucket.
  for (const count of buckets) expect(count).toBeGreaterThan(60);
  expect(Math.max(...delays)).toBeLessThan(4000);
});

let server: WebSocketServer | null = null;
const providers: JitteredWebsocketProvider[] = [];

afterEach(async () => {
  for (const provider of providers.splice(0)) provider.destroy();
  if (server) await new Promise((resolve) => server?.close(resolve));
  server = null;
});

/** A server that counts connection attempts and hands each to `answer` with its number (from 1). */
async function countingServer(
  answer: (ws: WebSocket, attempt: number) => void,
): Promise<{ url: string; attempts: () => number }> {
  let attempts = 0;
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  server = wss;
  await once(wss, 'listening');
  wss.on('connection', (ws) => {
    attempts += 1;
    answer(ws, attempts);
  });
  const address = wss.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `ws://127.0.0.1:${port}`, attempts: () => attempts };
}

/** A server that closes every connection with `code`. */
const closingServer = (code: number) => countingServer((ws) => ws.close(code, 'test'));

function provider(url: string): JitteredWebsocketProvider {
  const created = new JitteredWebsocketProvider(url, 'ngo-network/index', new Y.Doc(), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    backoff: { baseMs: 20, capMs: 100 },
  });
  providers.push(created);
  return created;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

test('a dropped connection is retried on the jittered schedule until it stays up', async () => {
  const relay = await closingServer(1011);
  const client = provider(relay.url);
  await until(() => relay.attempts() >= 4);
  expect(client.failedAttempts).toBeGreaterThanOrEqual(3);
});

test('disconnect() cancels a pending retry', async () => {
  const relay = await closingServer(1011);
  const client = provider(relay.url);
  await until(() => client.retryPending);
  client.disconnect();
  const attempts = relay.attempts();
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(relay.attempts()).toBe(attempts);
  expect(client.retryPending).toBe(false);
});

test('a close the relay marks as final (membership revoked) is not retried', async () => {
  const relay = await closingServer(4401);
  const client = provider(relay.url);
  const closed = new Promise((resolve) => client.on('closed', resolve));
  expect(await closed).toMatchObject({ code: 4401 });
  expect(client.retryPending).toBe(false);
  expect(client.shouldConnect).toBe(false);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(relay.attempts()).toBe(1);
});

test('back online, the waits start again from the shortest: an attempt that still fails is retried at once', async () => {
  // The last attempt made offline fails, and so does the first one after the network returns (it is not quite up
  // yet); then the relay takes them.
  const relay = await countingServer((ws, attempt) => {
    if (attempt <= 2) ws.close(1011, 'not yet');
  });
  const client = new JitteredWebsocketProvider(relay.url, 'ngo-network/index', new Y.Doc(), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: false,
    backoff: { baseMs: 50, capMs: 60_000 },
    random: () => 0.999,
  });
  providers.push(client);
  // Hours offline: after this failure the next scheduled wait is a minute.
  client.failedAttempts = 20;
  client.connect();
  await until(() => client.retryPending);
  client.connectNow();
  await until(() => client.wsconnected);
  expect(relay.attempts()).toBe(3);
  expect(client.failedAttempts).toBe(1);
});

test('back online after a deliberate disconnect, nothing reconnects', async () => {
  const relay = await countingServer(() => {});
  const client = provider(relay.url);
  await until(() => client.wsconnected);
  client.disconnect();
  client.connectNow();
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(relay.attempts()).toBe(1);
  expect(client.wsconnected).toBe(false);
});
