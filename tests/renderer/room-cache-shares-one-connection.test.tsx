// @vitest-environment happy-dom
// Every view of a room shares one open room: one Y.Doc and one connection to the relay, however many views
// show it. The connection stays through a short grace period (moving between sections does not reconnect)
// and closes once the last view is gone. Views run as React components against a real relay.
import 'fake-indexeddb/auto';
import { get } from 'node:http';
import { useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import type { OpenRoom } from '../../renderer/rooms/openRoom';
import { RoomsProvider, useRoom, useRoomState } from '../../renderer/rooms/RoomsProvider';
import { RoomCache } from '../../renderer/rooms/roomCache';
import { indexRoom } from '../../shared/rooms';
import { eventually } from '../server/support/relay';
import { relayPerTest } from '../server/support/relay-per-test';

const setup = relayPerTest();
const GRACE_MS = 300;
const SPACE = 'tip-network';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** The relay's own count of open WebSocket connections (Node's http: the page's fetch would apply CORS). */
function openConnections(): Promise<number> {
  return new Promise((resolve, reject) => {
    get(`${setup.relay.url}/healthz`, (response) => {
      let body = '';
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () => resolve((JSON.parse(body) as { connections: number }).connections));
    }).on('error', reject);
  });
}

function newCache(): RoomCache {
  const cache = new RoomCache({
    graceMs: GRACE_MS,
    providerOptions: { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket },
  });
  cleanups.push(() => cache.closeAll());
  return cache;
}

/** A view showing a room: what a section does with useRoom. */
function View({
  room,
  member,
  seen,
}: {
  room: string;
  member: { serverUrl: string; token: string };
  seen: (room: OpenRoom | null, connected: boolean) => void;
}) {
  const open = useRoom(room, member);
  const connected = useRoomState(open)?.status === 'connected';
  useEffect(() => seen(open, connected));
  return null;
}

async function mountView(cache: RoomCache, room: string, token: string) {
  const state: { room: OpenRoom | null; connected: boolean } = { room: null, connected: false };
  const container = document.createElement('div');
  const root: Root = createRoot(container);
  const member = { serverUrl: setup.relay.url, token };
  const seen = (open: OpenRoom | null, connected: boolean) => {
    state.room = open;
    state.connected = connected;
  };
  root.render(
    <RoomsProvider cache={cache}>
      <View room={room} member={member} seen={seen} />
    </RoomsProvider>,
  );
  // React renders on its own schedule; the view has leased its room once it reports one.
  await eventually(() => state.room !== null);
  let unmounted = false;
  const unmount = () => {
    if (unmounted) return;
    unmounted = true;
    root.unmount();
  };
  cleanups.push(unmount);
  return { state, unmount };
}

test('two views of one room share one doc and one connection, closed after the last view goes', async () => {
  const token = await setup.relay.token(SPACE, 'editor');
  const cache = newCache();
  const first = await mountView(cache, indexRoom(SPACE), token);
  const second = await mountView(cache, indexRoom(SPACE), token);
  await eventually(() => first.state.connected && second.state.connected);

  expect(first.state.room).not.toBeNull();
  expect(second.state.room).toBe(first.state.room);
  expect(cache.openCount).toBe(1);
  expect(await openConnections()).toBe(1);

  // What one view writes, the other reads from the same document at once.
  first.state.room?.doc.getMap('documents').set('a', 1);
  expect(second.state.room?.doc.getMap('documents').get('a')).toBe(1);

  first.unmount();
  await new Promise((resolve) => setTimeout(resolve, GRACE_MS * 2));
  expect(cache.openCount).toBe(1);
  expect(await openConnections()).toBe(1);

  const room = second.state.room;
  second.unmount();
  expect(cache.openCount).toBe(1); // still in its grace period
  await eventually(async () => cache.openCount === 0 && (await openConnections()) === 0);
  expect(room?.isClosed).toBe(true);
});

test('a view that comes back within the grace period gets the same room without reconnecting', async () => {
  const token = await setup.relay.token(SPACE, 'editor');
  const cache = newCache();
  const first = await mountView(cache, indexRoom(SPACE), token);
  await eventually(() => first.state.connected);
  const room = first.state.room;
  let reconnects = 0;
  room?.provider.on('status', ({ status }) => {
    if (status === 'connecting') reconnects += 1;
  });
  first.unmount();
  const again = await mountView(cache, indexRoom(SPACE), token);
  expect(again.state.room).toBe(room);
  await new Promise((resolve) => setTimeout(resolve, GRACE_MS * 2));
  expect(room?.isClosed).toBe(false);
  expect(reconnects).toBe(0);
  expect(await openConnections()).toBe(1);
});

test('different rooms, or the same room as another member, are different connections', async () => {
  const editor = await setup.relay.token(SPACE, 'editor');
  const viewer = await setup.relay.token(SPACE, 'viewer');
  const cache = newCache();
  const index = await mountView(cache, indexRoom(SPACE), editor);
  const other = await mountView(cache, indexRoom('another-space'), editor);
  const asViewer = await mountView(cache, indexRoom(SPACE), viewer);
  await eventually(() => index.state.connected && asViewer.state.connected);
  expect(new Set([index.state.room, other.state.room, asViewer.state.room]).size).toBe(3);
  expect(cache.openCount).toBe(3);
});

test('a room closed and opened again starts from its local replica', async () => {
  const token = await setup.relay.token(SPACE, 'editor');
  const cache = new RoomCache({
    graceMs: 0,
    providerOptions: { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket },
  });
  cleanups.push(() => cache.closeAll());
  const lease = cache.acquire({ serverUrl: setup.relay.url, token, room: indexRoom(SPACE) });
  await lease.room.whenLoaded;
  lease.room.doc.getMap('documents').set('kept', 'here');
  // y-indexeddb stores updates as they happen; give it a moment before closing.
  await new Promise((resolve) => setTimeout(resolve, 200));
  lease.release();
  expect(cache.openCount).toBe(0);

  // Reopened against a relay that is gone: the content still comes from this device.
  await setup.relay.close();
  const reopened = cache.acquire({ serverUrl: setup.relay.url, token, room: indexRoom(SPACE) });
  await reopened.room.whenLoaded;
  expect(reopened.room.doc.getMap('documents').get('kept')).toBe('here');
  expect(reopened.room.getState().loaded).toBe(true);
  reopened.release();
});
