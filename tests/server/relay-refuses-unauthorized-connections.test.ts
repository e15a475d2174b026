// The auth matrix: without a genuine, current token of a member of the room's space, the WebSocket never opens;
// a revoked member is refused from then on and loses the connections already open.
import { SignJWT } from 'jose';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { revokeMember } from '../../server/admin';
import { CLOSE_REVOKED } from '../../server/transport/websocket';
import { documentRoom, indexRoom } from '../../shared/rooms';
import { connectClient, startRelay, TEST_SECRET, type TestRelay, upgradeStatus } from './support/relay';

let relay: TestRelay;

beforeEach(async () => {
  relay = await startRelay({ revocationCheckMs: 100 });
});

afterEach(async () => {
  await relay.close();
});

const roomUrl = (room: string, token?: string) =>
  `${relay.wsUrl}/${room}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`;

test('a connection without a token is refused with 401', async () => {
  expect(await upgradeStatus(roomUrl(indexRoom('anti-trafficking')))).toBe(401);
});

test('a token signed with another secret is refused with 401', async () => {
  const { memberId } = await relay.member('anti-trafficking', 'owner');
  const forged = await new SignJWT({ name: 'Mallory', space: 'anti-trafficking', role: 'owner' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(memberId)
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode('not-the-relay-secret'));
  expect(await upgradeStatus(roomUrl(indexRoom('anti-trafficking'), forged))).toBe(401);
  expect(await upgradeStatus(roomUrl(indexRoom('anti-trafficking'), 'not-a-jwt-at-all'))).toBe(401);
});

test('an expired token is refused with 401', async () => {
  const { memberId } = await relay.member('anti-trafficking', 'editor');
  const expired = await new SignJWT({ name: 'Ana', space: 'anti-trafficking', role: 'editor' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(memberId)
    .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
    .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
    .sign(new TextEncoder().encode(TEST_SECRET));
  expect(await upgradeStatus(roomUrl(indexRoom('anti-trafficking'), expired))).toBe(401);
});

test("a room in another space is refused with 403, the member's own space opens", async () => {
  const token = await relay.token('anti-trafficking', 'owner');
  expect(await upgradeStatus(roomUrl(documentRoom('migrant-smuggling', 'law-1'), token))).toBe(403);
  expect(await upgradeStatus(roomUrl(documentRoom('anti-trafficking', 'law-1'), token))).toBe(101);
});

test('a room name outside the naming scheme is refused with 400', async () => {
  const token = await relay.token('anti-trafficking', 'owner');
  for (const bad of ['anti-trafficking/secrets', 'Anti/index', 'anti-trafficking/doc/a/b/c', '%E0%A4%A']) {
    expect(await upgradeStatus(roomUrl(bad, token))).toBe(400);
  }
});

test('a revoked member is refused and their open connection is closed', async () => {
  const { token, memberId } = await relay.member('anti-trafficking', 'editor', 'Departing officer');
  const room = documentRoom('anti-trafficking', 'nrm-procedures');
  const client = connectClient(relay.wsUrl, room, token);
  await client.synced;
  const closed = new Promise<number>((resolve) =>
    client.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
  );

  // Revoked from the command line, i.e. by another process writing the same data folder.
  expect(await revokeMember({ dataDir: relay.dataDir, space: 'anti-trafficking', memberId })).toBe(true);

  expect(await closed).toBe(CLOSE_REVOKED);
  expect(await upgradeStatus(roomUrl(room, token))).toBe(401);
  client.destroy();
});

test('an owner revoking a member over the API closes their connection at once', async () => {
  const owner = await relay.token('anti-trafficking', 'owner');
  const { token, memberId } = await relay.member('anti-trafficking', 'commenter');
  const ws = new WebSocket(roomUrl(documentRoom('anti-trafficking', 'x'), token));
  await new Promise((resolve) => ws.once('open', resolve));
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));

  const response = await fetch(`${relay.url}/api/members/${memberId}`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${owner}` },
  });
  expect(response.status).toBe(200);
  expect(await closed).toBe(CLOSE_REVOKED);
  expect(await upgradeStatus(roomUrl(documentRoom('anti-trafficking', 'x'), token))).toBe(401);
});
