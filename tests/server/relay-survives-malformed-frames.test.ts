// Hostile input: ten thousand frames over raw sockets, half malformed (random bytes, truncated varints, oversized
// lengths, garbage updates and awareness, unknown types), half odd but well-formed. Each malformed frame ends
// only the connection that sent it; the relay stays up and another room keeps syncing throughout.
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { documentRoom, sessionRoom } from '../../shared/rooms';
import {
  connectClient,
  eventually,
  health,
  startRelay,
  type TestClient,
  type TestRelay,
} from './support/relay';
import { seededRandom } from './support/seeded-random';

const SPACE = 'fuzz-space';
const FRAMES = 10_000;
const WORKERS = 4;
const MAX_AWARENESS_BYTES = 256;
let relay: TestRelay;
let token: string;

beforeAll(async () => {
  relay = await startRelay({
    connectionRateLimit: { burst: 100_000, perSecond: 100_000 },
    maxAwarenessBytes: MAX_AWARENESS_BYTES,
  });
  token = await relay.token(SPACE, 'editor');
});

afterAll(async () => {
  await relay.close();
});

function malformedFrame(next: () => number): Uint8Array {
  const int = (max: number) => Math.floor(next() * max);
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
  const encoder = encoding.createEncoder();
  switch (int(8)) {
    case 0: // random bytes
      return bytes(int(64));
    case 1: // a varint that never ends
      return Uint8Array.from([
        ...(int(2) ? [0] : []),
        ...Array.from({ length: 1 + int(12) }, () => 0x80 | int(128)),
      ]);
    case 2: // a length far beyond the frame
      encoding.writeVarUint(encoder, int(2));
      if (next() < 0.5) encoding.writeVarUint(encoder, int(3));
      encoding.writeVarUint(encoder, 2 ** 20 + int(2 ** 30));
      encoding.writeUint8Array(encoder, bytes(int(16)));
      return encoding.toUint8Array(encoder);
    case 3: // a sync update or step 2 whose payload is garbage
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 1 + int(2));
      encoding.writeVarUint8Array(encoder, bytes(int(48)));
      return encoding.toUint8Array(encoder);
    case 4: // unknown message types, and unknown sync types
      encoding.writeVarUint(encoder, int(2) ? 4 + int(5000) : 0);
      encoding.writeVarUint(encoder, 3 + int(100));
      encoding.writeUint8Array(encoder, bytes(int(8)));
      return encoding.toUint8Array(encoder);
    case 5: // awareness that is not awareness
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint8Array(encoder, bytes(int(48)));
      return encoding.toUint8Array(encoder);
    case 6: // a state vector that is not one
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint8Array(encoder, bytes(1 + int(24)));
      return encoding.toUint8Array(encoder);
    default: // empty frame
      return new Uint8Array(0);
  }
}

/**
 * Odd frames a relay must survive without closing: awareness past the size cap (dropped), auth messages from a
 * client (ignored), state vectors naming clients nobody has seen, and updates whose dependencies never arrive.
 */
function survivableFrame(next: () => number): Uint8Array {
  const int = (max: number) => Math.floor(next() * max);
  const encoder = encoding.createEncoder();
  switch (int(4)) {
    case 0:
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint8Array(encoder, new Uint8Array(MAX_AWARENESS_BYTES + 1 + int(100)));
      return encoding.toUint8Array(encoder);
    case 1:
      encoding.writeVarUint(encoder, 2);
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarString(encoder, 'let me in');
      return encoding.toUint8Array(encoder);
    case 2: {
      const stateVector = encoding.createEncoder();
      const clients = 1 + int(5);
      encoding.writeVarUint(stateVector, clients);
      for (let i = 0; i < clients; i++) {
        encoding.writeVarUint(stateVector, int(2 ** 31));
        encoding.writeVarUint(stateVector, int(2 ** 20));
      }
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint8Array(encoder, encoding.toUint8Array(stateVector));
      return encoding.toUint8Array(encoder);
    }
    default: {
      const doc = new Y.Doc();
      doc.getText('t').insert(0, 'first');
      const before = Y.encodeStateVector(doc);
      doc.getText('t').insert(0, 'second');
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 2);
      encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, before));
      doc.destroy();
      return encoding.toUint8Array(encoder);
    }
  }
}

const QUERY_AWARENESS = Uint8Array.from([3]);

/** Opens a raw connection to the fuzzed room, resolving once the relay has greeted it. */
function openRaw(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('message', () => resolve(ws));
    ws.once('error', reject);
  });
}

/**
 * Sends one frame followed by a query-awareness probe: an answer to the probe means the relay processed the
 * frame and kept the connection; a close means it refused the frame. Either way the frame was handled.
 */
function sendAndObserve(ws: WebSocket, frame: Uint8Array): Promise<'kept' | 'closed'> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      if (data[0] !== 1) return; // wait for the awareness reply to the probe
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

test(`the relay survives ${FRAMES} hostile frames and another room keeps syncing`, async () => {
  const fuzzUrl = `${relay.wsUrl}/${sessionRoom(SPACE, 'fuzzed')}?token=${token}`;
  const room = documentRoom(SPACE, 'calm');
  const writer: TestClient = connectClient(relay.wsUrl, room, token);
  const reader: TestClient = connectClient(relay.wsUrl, room, token);
  await Promise.all([writer.synced, reader.synced]);

  const outcomes = { kept: 0, closed: 0 };
  let sent = 0;
  const worker = async (seed: number) => {
    const next = seededRandom(seed);
    let ws = await openRaw(fuzzUrl);
    while (sent < FRAMES) {
      sent += 1;
      if (sent % 1000 === 0) writer.doc.getArray('log').push([sent]);
      const frame = next() < 0.5 ? malformedFrame(next) : survivableFrame(next);
      const outcome = await sendAndObserve(ws, frame);
      outcomes[outcome] += 1;
      if (outcome === 'closed') ws = await openRaw(fuzzUrl);
    }
    ws.close();
  };
  await Promise.all(Array.from({ length: WORKERS }, (_, index) => worker(index + 1)));

  expect(outcomes.kept + outcomes.closed).toBeGreaterThanOrEqual(FRAMES);
  // Malformed frames end their connection one at a time; odd but well-formed ones leave it open.
  expect(outcomes.closed).toBeGreaterThan(FRAMES / 3);
  expect(outcomes.kept).toBeGreaterThan(FRAMES / 3);
  await eventually(() => reader.doc.getArray('log').length === FRAMES / 1000);
  writer.doc.getText('body').insert(0, 'still here');
  await eventually(() => reader.doc.getText('body').toString() === 'still here');
  expect((await health(relay.url)).status).toBe('ok');
  writer.destroy();
  reader.destroy();
}, 120_000);
