import { readdirSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { createEmbeddedRelay } from '../../electron/host/embedded-relay';
import { FILES_MARKER_NAME } from '../../server/storage/data-folder';
import { documentRoom } from '../../shared/rooms';
import { connectStockClient, type StockClient } from '../server/support/stock-client';
import { fakeRelays, realRelays, setUpSpace } from './host-fixture';

// Nothing is written on a timer during the test: only the stop itself can have put the edit on disk.
const real = realRelays({ flushIntervalMs: 60 * 60 * 1000 });
const clients: StockClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await real.cleanUp();
});

function open(url: string, room: string, token: string): StockClient {
  const client = connectStockClient(url.replace(/^http/, 'ws'), room, { token });
  clients.push(client);
  return client;
}

it('waits for the relay to close before it reports stopped', async () => {
  const relays = fakeRelays();
  const host = createEmbeddedRelay({ ...relays, dataDir: '/d', lanUrlsFor: () => [] });
  await host.start({ network: 'this-computer' });
  let closed = false;
  relays.started[0]?.close.mockImplementationOnce(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    closed = true;
  });
  await host.stop();
  expect(closed).toBe(true);
});

it('an edit still in memory when hosting stops is there when it starts again, with file storage', async () => {
  const { host, dataDir } = real.host();
  const { url } = await host.start({ network: 'this-computer' });
  const response = await setUpSpace(host, url, 'Kenya drafting');
  const { token, space } = (await response.json()) as { token: string; space: string };
  const room = documentRoom(space, 'first-draft');

  const writer = open(url, room, token);
  await writer.synced;
  writer.doc.getText('body').insert(0, 'Article 1. Scope.');
  // Until the witness has it, the relay may not have accepted it; after that it is only in memory.
  const witness = open(url, room, token);
  await witness.synced;
  await expect.poll(() => witness.doc.getText('body').toString()).toBe('Article 1. Scope.');
  for (const client of clients.splice(0)) client.destroy();

  await host.stop();
  // The portable file storage, not SQLite: what the packaged app and `npm start` both load.
  expect(readdirSync(dataDir)).toContain(FILES_MARKER_NAME);
  expect(readdirSync(dataDir).some((name) => /\.(db|sqlite)$/.test(name))).toBe(false);
  const again = await host.start({ network: 'this-computer' });
  const reader = open(again.url, room, token);
  await reader.synced;
  expect(reader.doc.getText('body').toString()).toBe('Article 1. Scope.');
});
