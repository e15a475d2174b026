// A device opening a large room for the first time (a space index of thousands of library entries) gets the
// relay's answer in parts of bounded size, one WebSocket message each, so its page applies them a part per
// task instead of megabytes at once; it ends with exactly the room's state, and a device that already held
// part of the room gets only the rest.
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { DOCUMENTS_MAP } from '../../shared/documents';
import { indexRoom } from '../../shared/rooms';
import { syntheticEntries } from '../support/synthetic-library';
import { connectClient, eventually } from './support/relay';
import { relayPerTest } from './support/relay-per-test';

const setup = relayPerTest();
const ROOM = indexRoom('big-library');
/** Well above a part's size: a part is about 64 KB, and one holds a few dozen entries with their text. */
const LARGEST_PART_BYTES = 256 * 1024;

/** Opens the room with `doc` and records the size of every update the relay sent until "synced". */
async function openCounting(token: string, doc: Y.Doc): Promise<{ doc: Y.Doc; updateBytes: number[] }> {
  const updateBytes: number[] = [];
  let synced = false;
  doc.on('update', (update: Uint8Array) => {
    if (!synced) updateBytes.push(update.byteLength);
  });
  const client = connectClient(setup.relay.wsUrl, ROOM, token, doc);
  await client.synced;
  synced = true;
  return { doc, updateBytes };
}

test('a large first sync comes in bounded parts and gives exactly the room', async () => {
  const token = await setup.relay.token('big-library', 'editor');
  const writer = setup.connect(ROOM, token);
  await writer.synced;
  const map = writer.doc.getMap(DOCUMENTS_MAP);
  const entries = syntheticEntries(1_500, 3);
  writer.doc.transact(() => {
    for (const { id, ...entry } of entries.slice(0, 1_000)) map.set(id, entry);
  });
  const firstHalf = Y.encodeStateAsUpdate(writer.doc);
  writer.doc.transact(() => {
    for (const { id, ...entry } of entries.slice(1_000)) map.set(id, entry);
    for (const { id, ...entry } of entries.slice(0, 50)) map.set(id, { ...entry, title: `Edited ${id}` });
    for (const { id } of entries.slice(50, 80)) map.delete(id);
  });
  const expected = map.toJSON();
  const stateVector = Y.encodeStateVector(writer.doc);
  const probe = setup.connect(ROOM, token);
  await eventually(async () => {
    await probe.synced;
    return Y.encodeStateVector(probe.doc).toString() === stateVector.toString();
  }, 30_000);

  const newcomer = await openCounting(token, new Y.Doc());
  expect(newcomer.doc.getMap(DOCUMENTS_MAP).toJSON()).toEqual(expected);
  expect(newcomer.updateBytes.length).toBeGreaterThan(10);
  expect(Math.max(...newcomer.updateBytes)).toBeLessThan(LARGEST_PART_BYTES);

  const returning = new Y.Doc();
  Y.applyUpdate(returning, firstHalf);
  const rest = await openCounting(token, returning);
  expect(rest.doc.getMap(DOCUMENTS_MAP).toJSON()).toEqual(expected);
  // Only what it lacked: far less than the newcomer's whole room.
  const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0);
  expect(sum(rest.updateBytes)).toBeLessThan(sum(newcomer.updateBytes) / 2);
}, 120_000);
