// A space's index room with thousands of library entries opens from its local replica without holding the
// page: the room cache applies the stored replica a slice of entries per task, never the whole room at once,
// and the room it gives holds exactly what was stored (every entry, edits and removals included). A replica an
// older version stored as one whole state (y-indexeddb) still opens, and is rewritten so the next opening is
// sliced too.
import 'fake-indexeddb/auto';
import { afterEach, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { IndexeddbPersistence, storeState } from 'y-indexeddb';
import * as Y from 'yjs';
import { type OpenRoom, replicaName } from '../../renderer/rooms/openRoom';
import { RoomCache } from '../../renderer/rooms/roomCache';
import { DOCUMENTS_MAP } from '../../shared/documents';
import { indexRoom } from '../../shared/rooms';
import { syntheticEntries } from '../support/synthetic-library';

// Nothing listens there: the room stays offline, as on a train, and opens from its replica alone.
const SERVER = 'http://127.0.0.1:9';
const ROOM = indexRoom('big-space');
const ENTRIES = 2_000;
/** A slice of the index's entries the page may apply in one task (a few milliseconds' work). */
const MOST_ENTRIES_PER_TASK = 300;

const caches: RoomCache[] = [];
afterEach(() => {
  for (const cache of caches.splice(0)) cache.closeAll();
});

/** The index as an older app stored it: every entry (some edited, some removed) in one whole state. */
async function storeAsOneState(): Promise<Record<string, unknown>> {
  const doc = new Y.Doc();
  const replica = new IndexeddbPersistence(replicaName(SERVER, ROOM), doc);
  await replica.whenSynced;
  const map = doc.getMap(DOCUMENTS_MAP);
  const entries = syntheticEntries(ENTRIES, 5);
  doc.transact(() => {
    for (const { id, ...entry } of entries) map.set(id, entry);
  });
  doc.transact(() => {
    for (const { id, ...entry } of entries.slice(0, 100)) map.set(id, { ...entry, title: `Edited ${id}` });
    for (const { id } of entries.slice(100, 150)) map.delete(id);
  });
  await storeState(replica, true);
  const stored = map.toJSON();
  await replica.destroy();
  doc.destroy();
  return stored;
}

/** Opens the room through a fresh cache; returns it once loaded, with the entries each load task applied. */
async function open(): Promise<{ room: OpenRoom; entriesPerTask: number[] }> {
  const cache = new RoomCache({
    graceMs: 0,
    providerOptions: { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket },
  });
  caches.push(cache);
  const { room } = cache.acquire({ serverUrl: SERVER, token: 'member-token', room: ROOM });
  const entriesPerTask: number[] = [];
  room.doc.getMap(DOCUMENTS_MAP).observe((event) => entriesPerTask.push(event.keysChanged.size));
  await room.whenLoaded;
  return { room, entriesPerTask };
}

/** Waits until the replica has been rewritten (the cache does it a moment after a whole-state load). */
async function rewritten(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(replicaName(SERVER, ROOM));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = await new Promise<number>((resolve) => {
      const request = database.transaction('updates').objectStore('updates').count();
      request.onsuccess = () => resolve(request.result);
    });
    database.close();
    if (count > 1) return;
  }
  throw new Error('the replica was never rewritten in parts');
}

test('a large index opens from its replica a slice at a time, with every entry as stored', async () => {
  const stored = await storeAsOneState();

  const first = await open();
  expect(first.room.doc.getMap(DOCUMENTS_MAP).toJSON()).toEqual(stored);
  await rewritten();
  caches.splice(0).forEach((cache) => {
    cache.closeAll();
  });

  const second = await open();
  expect(second.room.doc.getMap(DOCUMENTS_MAP).toJSON()).toEqual(stored);
  expect(second.entriesPerTask.length).toBeGreaterThan(1);
  expect(Math.max(...second.entriesPerTask)).toBeLessThanOrEqual(MOST_ENTRIES_PER_TASK);
  expect(second.room.getState().loaded).toBe(true);
}, 60_000);
