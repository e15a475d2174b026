// Hostile input on the request channel: hundreds of random type-20 frames (cut short, not JSON, wrong shapes,
// unknown and inherited type names, bad inputs, oversized, deeply nested). Each gets one error reply (or, when
// it happens to be valid, an answer), the connection stays open, and the relay keeps serving everyone.
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { WebSocket } from 'ws';
import { MAX_REQUEST_BYTES, MESSAGE_COMMONS, RELAY_ERROR_CODES } from '../../shared/relay-requests';
import { documentRoom } from '../../shared/rooms';
import { eventually, health, startRelay, type TestRelay } from './support/relay';
import { type ChannelClient, openChannelClient } from './support/request-channel';
import { seededRandom } from './support/seeded-random';

const SPACE = 'fuzz-requests';
const FRAMES = 400;
/** Below the per-connection burst, so validation, not the rate limit, answers every frame. */
const FRAMES_PER_CONNECTION = 40;
let relay: TestRelay;
let token: string;

beforeAll(async () => {
  relay = await startRelay({ connectionRateLimit: { burst: 10_000, perSecond: 10_000 } });
  token = await relay.token(SPACE, 'editor');
});

afterAll(async () => {
  await relay.close();
});

const withText = (text: string): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_COMMONS);
  encoding.writeVarString(encoder, text);
  return encoding.toUint8Array(encoder);
};

function hostileFrame(next: () => number): Uint8Array {
  const int = (max: number) => Math.floor(next() * max);
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
  const pick = <T>(values: readonly T[]): T => values[int(values.length)] as T;
  const id = () => pick([int(1000), -1, 1.5, '7', null, 2 ** 60, undefined]);
  switch (int(10)) {
    case 0: // random bytes after the type
      return Uint8Array.from([MESSAGE_COMMONS, ...bytes(int(64))]);
    case 1: // a string length far beyond the frame
      return Uint8Array.from([MESSAGE_COMMONS, 0xff, 0xff, 0xff, 0x0f, ...bytes(int(8))]);
    case 2: // text that is not JSON
      return withText(pick(['', '{', 'null]', '{"id":1,', 'undefined', '\u0000\uffff', String(next())]));
    case 3: // JSON that is not a request
      return withText(JSON.stringify(pick([null, 42, 'time', [1, 2], { type: 'time' }, { id: 'x' }, true])));
    case 4: // unknown and inherited type names
      return withText(
        JSON.stringify({
          id: id(),
          type: pick(['nope', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'x'.repeat(100)]),
          input: {},
        }),
      );
    case 5: // known types with bad inputs
      return withText(
        JSON.stringify({
          id: id(),
          type: pick(['time', 'whoami', 'comment:post']),
          input: pick([null, 7, 'x', [], { body: 3 }, { body: '' }, { body: 'x'.repeat(20_000) }]),
        }),
      );
    case 6: // oversized
      return withText(JSON.stringify({ id: 1, type: 'time', input: { pad: 'x'.repeat(MAX_REQUEST_BYTES) } }));
    case 7: // deeply nested input
      return withText(`{"id":3,"type":"time","input":${'['.repeat(30_000)}${']'.repeat(30_000)}}`);
    case 8: // prototype pollution attempts
      return withText('{"id":4,"type":"whoami","input":{"__proto__":{"polluted":true}},"__proto__":{"x":1}}');
    default: // a type-20 frame with nothing after the type
      return Uint8Array.from([MESSAGE_COMMONS]);
  }
}

const QUERY_AWARENESS = Uint8Array.from([3]);

/** Sends the frame then a query-awareness probe: the probe's answer means the connection is still served. */
function sendAndObserve(client: ChannelClient, frame: Uint8Array): Promise<'kept' | 'closed'> {
  const ws: WebSocket = client.ws;
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      if (data[0] !== 1) return;
      cleanup();
      resolve('kept');
    };
    const onClose = () => {
      cleanup();
      resolve('closed');
    };
    const cleanup = () => {
      ws.off('message', onMessage);
      ws.off('close', onClose);
    };
    ws.on('message', onMessage);
    ws.on('close', onClose);
    ws.send(frame);
    ws.send(QUERY_AWARENESS);
  });
}

test(`${FRAMES} hostile requests each get an answer, and no connection is closed for them`, async () => {
  const room = documentRoom(SPACE, 'fuzzed');
  const next = seededRandom(20);
  let closed = 0;
  let replies = 0;
  const codes = new Set<string>();
  for (let sent = 0; sent < FRAMES; sent += FRAMES_PER_CONNECTION) {
    const client = await openChannelClient(relay.wsUrl, room, token);
    for (let i = 0; i < FRAMES_PER_CONNECTION; i++) {
      if ((await sendAndObserve(client, hostileFrame(next))) === 'closed') closed += 1;
    }
    await eventually(() => client.replies.length === FRAMES_PER_CONNECTION);
    for (const reply of client.replies) if (!reply.ok) codes.add(reply.error.code);
    replies += client.replies.length;
    client.close();
  }
  expect(closed).toBe(0);
  expect(replies).toBe(FRAMES);
  expect(codes).toContain('bad-request');
  expect(codes).toContain('unknown-type');
  expect(codes).not.toContain('internal');
  for (const code of codes) expect(RELAY_ERROR_CODES).toContain(code);
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);

  const after = await openChannelClient(relay.wsUrl, room, token);
  const reply = await after.request('time');
  expect(reply.ok).toBe(true);
  after.close();
  expect((await health(relay.url)).status).toBe('ok');
}, 60_000);

test('a flood of requests is answered "rate-limited" past the burst, and the connection recovers', async () => {
  const client = await openChannelClient(relay.wsUrl, documentRoom(SPACE, 'flooded'), token);
  const flood = Array.from({ length: 200 }, (_, i) =>
    withText(JSON.stringify({ id: i, type: 'time', input: {} })),
  );
  for (const frame of flood) client.send(frame);
  await eventually(() => client.replies.length === flood.length);
  const limited = client.replies.filter((reply) => !reply.ok && reply.error.code === 'rate-limited');
  expect(limited.length).toBeGreaterThan(0);
  expect(limited.length).toBeLessThan(flood.length);
  // Every reply, refused or not, carries the id of the request it answers.
  expect(new Set(client.replies.map((reply) => reply.id)).size).toBe(flood.length);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect((await client.request('time')).ok).toBe(true);
  client.close();
});
