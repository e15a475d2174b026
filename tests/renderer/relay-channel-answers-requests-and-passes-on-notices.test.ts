// The app's client of the relay's request channel: typed requests answered on the room's own socket, errors
// from the relay and from the way there (a bad input, no answer in time, a room closed) told apart, a request
// made before the socket opens sent once it does, and an owner's role change heard as a notice.
import { afterEach, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { RelayChannel, RelayRequestError } from '../../renderer/rooms/relayChannel';
import { RoomCache } from '../../renderer/rooms/roomCache';
import { JitteredWebsocketProvider } from '../../renderer/sync/reconnect';
import type { RelayNotice } from '../../shared/relay-requests';
import { indexRoom } from '../../shared/rooms';
import { callApi, setUpSpace, setupCodeOf } from '../server/support/api';
import { eventually } from '../server/support/relay';
import { relayPerTest } from '../server/support/relay-per-test';

const setup = relayPerTest();
const opened: { provider: JitteredWebsocketProvider; channel: RelayChannel }[] = [];

afterEach(() => {
  for (const { provider, channel } of opened.splice(0)) {
    channel.destroy();
    provider.destroy();
  }
});

async function ownerAndEditor() {
  const url = setup.relay.url;
  const owner = await setUpSpace(url, setupCodeOf(setup.relay.relay.setupLink ?? ''));
  const invite = await callApi(url, 'POST', '/api/invites', { token: owner.token, body: { role: 'editor' } });
  const editor = await callApi<{ token: string; memberId: string }>(url, 'POST', '/api/join', {
    body: { space: owner.space, invite: invite.body.code, displayName: 'Bo' },
  });
  return { owner, editor: editor.body };
}

function openChannel(room: string, token: string, options: { connect?: boolean } = {}) {
  const provider = new JitteredWebsocketProvider(setup.relay.wsUrl, room, new Y.Doc(), {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    connect: options.connect ?? true,
  });
  const channel = new RelayChannel(provider, 5_000);
  opened.push({ provider, channel });
  return { provider, channel };
}

test('time and whoami come back typed, for the member the token names', async () => {
  const { owner, editor } = await ownerAndEditor();
  const { channel } = openChannel(indexRoom(owner.space), editor.token);
  const before = Date.now();
  const { serverTime } = await channel.request('time', {});
  expect(serverTime).toBeGreaterThanOrEqual(before - 1000);
  expect(serverTime).toBeLessThanOrEqual(Date.now() + 1000);
  expect(await channel.request('whoami', {})).toEqual({
    memberId: editor.memberId,
    name: 'Bo',
    role: 'editor',
    writable: true,
  });
});

test('an open room measures the relay’s clock through the channel', async () => {
  const { owner } = await ownerAndEditor();
  const cache = new RoomCache({
    graceMs: 0,
    openReplica: null,
    providerOptions: { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket },
  });
  const lease = cache.acquire({
    serverUrl: setup.relay.url,
    token: owner.token,
    room: indexRoom(owner.space),
  });
  try {
    const offset = await lease.room.clockOffset();
    // Relay and test share one machine clock: the offset is within the measurement's own error.
    expect(offset).not.toBeNull();
    expect(Math.abs(offset?.offsetMs ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(
      (offset?.roundTripMs ?? 0) / 2 + 5,
    );
    expect(await lease.room.clockOffset()).toBe(offset);
  } finally {
    lease.release();
  }
});

test('a request made before the socket opens goes out once it does', async () => {
  const { owner } = await ownerAndEditor();
  const { provider, channel } = openChannel(indexRoom(owner.space), owner.token, { connect: false });
  const answer = channel.request('whoami', {});
  provider.connect();
  expect((await answer).role).toBe('owner');
});

test('the relay’s refusals and our own checks reject with a code', async () => {
  const { owner, editor } = await ownerAndEditor();
  const { channel } = openChannel(indexRoom(owner.space), editor.token);
  // A type no schema declares (from untyped code) is refused before it is sent.
  await expect(channel.request('no-such-request' as 'time', {})).rejects.toMatchObject({
    code: 'unknown-type',
  });
  // Comments are a discussion-room request; the index room does not answer it.
  await expect(channel.request('comment:post', { body: 'Hello' })).rejects.toMatchObject({
    code: 'not-here',
  });
  // An input the shared schema refuses never leaves this client.
  await expect(channel.request('comment:post', { body: '   ' })).rejects.toMatchObject({
    code: 'bad-request',
  });
  // The socket is still usable after all of that.
  expect((await channel.request('time', {})).serverTime).toBeGreaterThan(0);
});

test('an owner’s role change arrives as a notice', async () => {
  const { owner, editor } = await ownerAndEditor();
  const { channel } = openChannel(indexRoom(owner.space), editor.token);
  const notices: RelayNotice[] = [];
  channel.onNotice((notice) => notices.push(notice));
  await channel.request('whoami', {}); // the relay sends notices only to a client that has used the channel
  const changed = await callApi(setup.relay.url, 'PATCH', `/api/members/${editor.memberId}`, {
    token: owner.token,
    body: { role: 'viewer' },
  });
  expect(changed.status).toBe(200);
  await eventually(() => notices.some((notice) => notice.notice === 'role'));
  expect(notices).toContainEqual({ notice: 'role', role: 'viewer', writable: false });
  expect((await channel.request('whoami', {})).role).toBe('viewer');
});

/** A provider whose socket is open but never answers (a relay without the channel, or a lost reply). */
function silentProvider() {
  const sent: Uint8Array[] = [];
  const listeners = new Map<string, (event: { status: string }) => void>();
  return {
    sent,
    provider: {
      messageHandlers: [],
      wsconnected: true,
      ws: { readyState: 1, OPEN: 1, send: (frame: Uint8Array) => sent.push(frame) },
      on: (name: string, listener: (event: { status: string }) => void) => listeners.set(name, listener),
      off: (name: string) => listeners.delete(name),
    } as unknown as ConstructorParameters<typeof RelayChannel>[0],
  };
}

test('no answer in time rejects with a timeout, and closing the room rejects what is still waiting', async () => {
  const { provider, sent } = silentProvider();
  const channel = new RelayChannel(provider, 50);
  await expect(channel.request('time', {})).rejects.toMatchObject({ code: 'timeout' });
  const waiting = channel.request('time', {}, { timeoutMs: 60_000 });
  channel.destroy();
  await expect(waiting).rejects.toBeInstanceOf(RelayRequestError);
  await expect(waiting).rejects.toMatchObject({ code: 'closed' });
  expect(sent).toHaveLength(2);
});

test('a malformed or stray frame from the relay is ignored, and the real reply still counts', async () => {
  const { provider } = silentProvider();
  const channel = new RelayChannel(provider, 2_000);
  const answer = channel.request('time', {});
  const send = (value: unknown) => {
    const json = typeof value === 'string' ? value : JSON.stringify(value);
    const bytes = new TextEncoder().encode(json);
    // lib0 varString: varUint length then UTF-8 bytes (lengths here are under 128, one byte).
    const frame = new Uint8Array([bytes.length, ...bytes]);
    provider.messageHandlers[20]?.(null as never, { arr: frame, pos: 0 } as never, null as never, false, 20);
  };
  send('{not json');
  send({ id: 999, ok: true, output: { serverTime: 1 } });
  send({ id: 1, ok: true, output: { serverTime: 'late' } });
  await expect(answer).rejects.toMatchObject({ code: 'bad-reply' });
  const second = channel.request('time', {});
  send({ id: 2, ok: true, output: { serverTime: 42 } });
  expect(await second).toEqual({ serverTime: 42 });
});
