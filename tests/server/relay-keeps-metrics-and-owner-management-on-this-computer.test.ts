// /metrics answers only this computer unless told otherwise, and a relay started as the desktop's LAN host keeps
// the owners' management (members, invites, spaces, setup) on this computer too, while what a member needs
// (joining, the space, who is in it, health) stays open to the network. Requests come from this machine's own
// LAN address, so the relay sees a non-loopback peer; on a machine without one, from loopback through a trusted
// proxy header naming a LAN client.
import type { IncomingMessage } from 'node:http';
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, test } from 'vitest';
import { isLoopbackAddress, reachable } from '../../server/transport/address-scope';
import { callApi, setUpSpace } from './support/api';
import { startRelay, type TestRelay } from './support/relay';

const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address?.family === 'IPv4' && !address.internal)?.address;

let relay: TestRelay | undefined;
afterEach(async () => {
  await relay?.close();
  relay = undefined;
});

/** A relay on every interface; `fromLan` calls it as another computer on the network would. */
async function relayOnTheNetwork(options: Parameters<typeof startRelay>[0] = {}) {
  relay = await startRelay({ host: '0.0.0.0', trustProxy: lanAddress === undefined, ...options });
  const { port } = relay.relay;
  const local = `http://127.0.0.1:${port}`;
  const lan = lanAddress ? `http://${lanAddress}:${port}` : local;
  // Without a LAN address the relay trusts a proxy header, and this one names a client on the network.
  const lanHeaders: Record<string, string> = lanAddress ? {} : { 'X-Forwarded-For': '192.0.2.77' };
  const fromLan = (path: string, init: RequestInit = {}) =>
    fetch(`${lan}${path}`, {
      ...init,
      headers: { ...lanHeaders, ...(init.headers as Record<string, string>) },
    });
  return { local, fromLan };
}

describe('the decision', () => {
  const requestFrom = (remoteAddress: string, forwarded?: string) =>
    ({
      socket: { remoteAddress },
      headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
    }) as unknown as IncomingMessage;

  test('loopback is 127.0.0.0/8 and ::1 in any spelling, nothing else', () => {
    for (const address of ['127.0.0.1', '127.9.9.9', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1'])
      expect(isLoopbackAddress(address), address).toBe(true);
    for (const address of [
      '192.0.2.2',
      '::ffff:192.0.2.2',
      'fd00::2',
      '128.0.0.1',
      'localhost',
      '',
      '127.0.0.1.nip.io',
    ])
      expect(isLoopbackAddress(address), address).toBe(false);
  });

  test('a header naming loopback counts only behind a trusted proxy, and a proxy on loopback does not make everyone local', () => {
    expect(reachable('loopback', requestFrom('192.0.2.2', '127.0.0.1'), false)).toBe(false);
    expect(reachable('loopback', requestFrom('127.0.0.1', '192.0.2.77'), true)).toBe(false);
    expect(reachable('loopback', requestFrom('127.0.0.1'), false)).toBe(true);
    expect(reachable('loopback', requestFrom('::ffff:127.0.0.1'), false)).toBe(true);
    expect(reachable('any-address', requestFrom('192.0.2.2'), false)).toBe(true);
  });
});

test('/metrics from another computer is refused by default, from this one served; /healthz is open', async () => {
  const { local, fromLan } = await relayOnTheNetwork();
  const remote = await fromLan('/metrics');
  expect(remote.status).toBe(403);
  expect(await remote.text()).not.toContain('commons_relay');
  expect((await fetch(`${local}/metrics`)).status).toBe(200);
  expect((await fromLan('/healthz')).status).toBe(200);
});

test('metricsFrom any-address serves a scraper on another computer', async () => {
  const { fromLan } = await relayOnTheNetwork({ metricsFrom: 'any-address' });
  expect((await fromLan('/metrics')).status).toBe(200);
});

test('as the LAN host, owners manage only from this computer, while members join and read from the network', async () => {
  const { local, fromLan } = await relayOnTheNetwork({ adminFrom: 'loopback' });
  const owner = await setUpSpace(local, await (relay as TestRelay).relay.createSetupCode());
  const asOwner = { Authorization: `Bearer ${owner.token}`, 'Content-Type': 'application/json' };
  const refused = 'This relay manages members, invites and spaces only from the computer it runs on.';

  const remoteInvite = await fromLan('/api/invites', {
    method: 'POST',
    headers: asOwner,
    body: JSON.stringify({ role: 'owner' }),
  });
  expect(remoteInvite.status).toBe(403);
  expect(await remoteInvite.json()).toEqual({ error: refused });
  for (const [method, path] of [
    ['GET', '/api/invites'],
    ['PATCH', `/api/members/${owner.memberId}`],
    ['DELETE', `/api/members/${owner.memberId}`],
    ['POST', '/api/spaces'],
    ['POST', '/api/setup/check'],
    ['POST', '/api/setup'],
  ] as const) {
    const answer = await fromLan(path, {
      method,
      headers: asOwner,
      body: method === 'GET' ? undefined : '{}',
    });
    expect(answer.status, `${method} ${path}`).toBe(403);
  }

  const invite = await callApi<{ code: string }>(local, 'POST', '/api/invites', {
    token: owner.token,
    body: { role: 'editor' },
  });
  expect(invite.status).toBe(200);
  const joined = await fromLan('/api/join', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ space: owner.space, invite: invite.body.code, displayName: 'Ben' }),
  });
  expect(joined.status).toBe(200);
  const ben = ((await joined.json()) as { token: string }).token;
  const asBen = { Authorization: `Bearer ${ben}` };
  expect((await fromLan('/api/space', { headers: asBen })).status).toBe(200);
  expect((await fromLan('/api/members', { headers: asBen })).status).toBe(200);
});

test('a relay not started as the LAN host keeps the owners’ API open to owners anywhere', async () => {
  const { local, fromLan } = await relayOnTheNetwork();
  const owner = await setUpSpace(local, await (relay as TestRelay).relay.createSetupCode());
  const answer = await fromLan('/api/invites', {
    method: 'POST',
    headers: { Authorization: `Bearer ${owner.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'viewer' }),
  });
  expect(answer.status).toBe(200);
});
