// Each kind of misbehaviour ends only the connection at fault, with a close code saying why: oversized
// frames (1009), text or unknown messages (1003), undecodable frames or updates (1002), and a reader that
// stops reading while the relay's backlog for it grows.
import { createConnection } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { documentRoom } from '../../shared/rooms';
import { connectClient, eventually, health, startRelay, type TestRelay } from './support/relay';

const SPACE = 'rules';
let relay: TestRelay;
let token: string;

beforeAll(async () => {
  relay = await startRelay({ maxMessageBytes: 2 * 1024 * 1024, maxBufferedBytes: 256 * 1024 });
  token = await relay.token(SPACE, 'editor');
});

afterAll(async () => {
  await relay.close();
});

async function closeCodeAfterSending(frame: Uint8Array | string): Promise<number> {
  const ws = new WebSocket(`${relay.wsUrl}/${documentRoom(SPACE, 'target')}?token=${token}`);
  await new Promise((resolve) => ws.once('message', resolve));
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  ws.send(frame);
  return closed;
}

test('each kind of bad frame closes its connection with a fitting code while others keep working', async () => {
  const bystander = connectClient(relay.wsUrl, documentRoom(SPACE, 'target'), token);
  await bystander.synced;

  expect(await closeCodeAfterSending(new Uint8Array(3 * 1024 * 1024))).toBe(1009);
  expect(await closeCodeAfterSending('hello')).toBe(1003);
  expect(await closeCodeAfterSending(Uint8Array.from([42, 0]))).toBe(1003);
  expect(await closeCodeAfterSending(Uint8Array.from([0, 0x80]))).toBe(1002);
  expect(await closeCodeAfterSending(Uint8Array.from([0, 2, 4, 1, 2, 3, 250]))).toBe(1002);

  const writer = connectClient(relay.wsUrl, documentRoom(SPACE, 'target'), token);
  await writer.synced;
  writer.doc.getText('body').insert(0, 'unaffected');
  await eventually(() => bystander.doc.getText('body').toString() === 'unaffected');
  writer.destroy();
  bystander.destroy();
});

test('a client that stops reading is disconnected instead of growing the relay memory', async () => {
  const room = documentRoom(SPACE, 'big-annex');
  const writer = connectClient(relay.wsUrl, room, token);
  await writer.synced;

  // A hand-made WebSocket client that completes the upgrade and then never reads another byte.
  const { port } = new URL(relay.url);
  const stalled = createConnection({ host: '127.0.0.1', port: Number(port) });
  stalled.write(
    `GET /${room}?token=${token} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
  );
  await new Promise((resolve) => stalled.once('data', resolve));
  stalled.pause();
  const dropped = new Promise<void>((resolve) => stalled.once('close', () => resolve()));
  stalled.on('error', () => {});
  await eventually(async () => (await health(relay.url)).connections === 2);

  // Far more than the kernel's socket buffers hold, so the relay's own backlog has to grow.
  const page = 'x'.repeat(512 * 1024);
  for (let i = 0; i < 40 && (await health(relay.url)).connections === 2; i++) {
    writer.doc.getText('body').insert(0, page);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await eventually(async () => (await health(relay.url)).connections === 1);
  stalled.resume();
  await dropped;
  const metrics = await (await fetch(`${relay.url}/metrics`)).text();
  expect(metrics).toMatch(/commons_relay_rejected_messages_total\{reason="slow-consumer"\} [1-9]/);
  writer.destroy();
}, 60_000);
