// A space with many documents opened and closed in turn: each room leaves memory once its last reader
// has gone, so the relay's memory follows the documents in use, not every document ever opened.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { documentRoom } from '../../shared/rooms';
import { connectClient, eventually, health, startRelay, type TestRelay } from './support/relay';

const SPACE = 'library';
const DOCUMENTS = 200;
const BATCH = 20;
let relay: TestRelay;
let token: string;

// Expose V8's collector so heap figures reflect what is still referenced, not what awaits collection.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

beforeAll(async () => {
  // Each stock provider registers a process exit handler; a batch of them is expected here.
  process.setMaxListeners(BATCH + 10);
  relay = await startRelay();
  token = await relay.token(SPACE, 'editor');
});

afterAll(async () => {
  await relay.close();
});

/** Opens a batch of documents at once, writes a page into each, then closes them all. */
async function openWriteAndClose(from: number): Promise<void> {
  const clients = Array.from({ length: BATCH }, (_, offset) =>
    connectClient(relay.wsUrl, documentRoom(SPACE, `lesson-${from + offset}`), token),
  );
  await Promise.all(clients.map((client) => client.synced));
  for (const client of clients) client.doc.getText('body').insert(0, 'A lesson learnt. '.repeat(5000));
  await eventually(async () => (await health(relay.url)).rooms === BATCH);
  for (const client of clients) client.destroy();
}

function heapUsed(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

test('rooms unload after their last connection closes and memory returns near its baseline', async () => {
  await openWriteAndClose(0);
  await eventually(async () => (await health(relay.url)).rooms === 0);
  const baseline = heapUsed();

  for (let from = BATCH; from < DOCUMENTS; from += BATCH) await openWriteAndClose(from);
  await eventually(async () => {
    const { rooms, connections } = await health(relay.url);
    return rooms === 0 && connections === 0;
  });

  // 180 documents of ~85 KB text each (over 15 MB) were loaded; a stray reference to them
  // would show up here, while allocator noise stays well under the bound.
  expect(heapUsed() - baseline).toBeLessThan(8 * 1024 * 1024);

  // The unloaded documents are still all there.
  const reader = connectClient(relay.wsUrl, documentRoom(SPACE, `lesson-${DOCUMENTS - 1}`), token);
  await reader.synced;
  expect(reader.doc.getText('body').length).toBe('A lesson learnt. '.length * 5000);
  reader.destroy();
}, 60_000);
