// An open connection holds no reference to the HTTP request that opened it: that request carries the member's
// token in its URL and all its headers, and a relay with thousands of readers connected for hours would keep a
// copy of each for as long as the socket lives.
import type { IncomingMessage } from 'node:http';
import { createConnection } from 'node:net';
import type { Duplex } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { WebSocketGateway } from '../../server/transport/websocket';
import { documentRoom } from '../../shared/rooms';
import { connectClient, eventually, OpenClients, startRelay, type TestRelay } from './support/relay';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const SPACE = 'field-office';
const requests: WeakRef<IncomingMessage>[] = [];
/** Called as the relay starts on each upgrade, before it has checked the token. */
let upgradeStarted: () => void = () => {};
const originalHandleUpgrade = WebSocketGateway.prototype.handleUpgrade;
const clients = new OpenClients();
let relay: TestRelay;

beforeAll(async () => {
  // Watches every upgrade request the relay handles, without holding on to any of them.
  WebSocketGateway.prototype.handleUpgrade = function (
    this: WebSocketGateway,
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
  ) {
    requests.push(new WeakRef(request));
    const handled = originalHandleUpgrade.call(this, request, socket, head);
    upgradeStarted();
    return handled;
  };
  relay = await startRelay();
});

afterAll(async () => {
  clients.closeAll();
  WebSocketGateway.prototype.handleUpgrade = originalHandleUpgrade;
  await relay.close();
});

/** Collects until nothing more is freed: a WeakRef is cleared only after the task that read it last. */
async function collectFully(): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

test('connections that stay open let their upgrade requests be collected, and keep working', async () => {
  const token = await relay.token(SPACE, 'editor');
  const room = documentRoom(SPACE, 'guideline');
  const writer = clients.connect(relay.wsUrl, room, token);
  const reader = clients.connect(relay.wsUrl, room, token);
  await Promise.all([writer.synced, reader.synced]);
  expect(requests.length).toBe(2);

  await collectFully();
  expect(requests.filter((request) => request.deref() !== undefined)).toHaveLength(0);

  // The room still flows between the two, over the sockets those requests opened (no reconnection).
  writer.doc.getText('body').insert(0, 'Referral pathways');
  await eventually(() => reader.doc.getText('body').toString() === 'Referral pathways');
  expect(requests.length).toBe(2);
});

test('a socket that fails before the upgrade completes is closed, and the relay goes on', async () => {
  const token = await relay.token(SPACE, 'editor');
  const port = Number(new URL(relay.url).port);
  // A client that resets the connection while the relay is still checking its token.
  const socket = createConnection({ port, host: '127.0.0.1' });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const started = new Promise<void>((resolve) => {
    upgradeStarted = resolve;
  });
  socket.write(
    `GET /${documentRoom(SPACE, 'guideline')}?token=${token} HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
      'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n' +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
  );
  await started;
  socket.resetAndDestroy();

  await new Promise((resolve) => socket.once('close', resolve));

  // The relay is still up and serving (an unhandled socket error would have thrown out of it).
  const late = connectClient(relay.wsUrl, documentRoom(SPACE, 'lessons'), token);
  await late.synced;
  late.destroy();
});
