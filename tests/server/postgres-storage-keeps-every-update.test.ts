// The PostgreSQL backend keeps every update a relay instance stored: loading, appending and compacting work as
// on SQLite, and two instances appending and compacting the same room at once never lose anything.
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import type { StoredRoom } from '../../server/storage/storage';
import { twoInstancesPerFile } from './postgres-fixture';
import { replay } from './support/room-edits';

// Two pools stand for two relay instances on the same database.
const instances = twoInstancesPerFile();

/** One writer's edit as a Yjs update: appends `text` to a shared list so every edit stays visible. */
function edit(writer: Y.Doc, text: string): Uint8Array {
  let update: Uint8Array | null = null;
  const capture = (value: Uint8Array) => {
    update = value;
  };
  writer.once('update', capture);
  writer.getArray<string>('edits').push([text]);
  if (!update) throw new Error('no update');
  return update;
}

test('a new room is empty, appended updates load back in order, compaction keeps them', async () => {
  const { first, second } = instances;
  const room = 'ngo-network/doc/referral';
  expect(await first.rooms.loadRoom(room)).toEqual({
    snapshot: null,
    updates: [],
    lastSeq: 0,
    updateBytes: 0,
  });

  const writer = new Y.Doc();
  const updates = ['a', 'b', 'c'].map((text) => edit(writer, text));
  const lastSeq = await first.rooms.appendUpdates(room, updates);
  const loaded = await second.rooms.loadRoom(room);
  expect(loaded.updates).toHaveLength(3);
  expect(loaded.lastSeq).toBe(lastSeq);
  expect(loaded.updateBytes).toBe(updates.reduce((sum, update) => sum + update.byteLength, 0));
  expect(replay(loaded)).toEqual(['a', 'b', 'c']);

  await first.rooms.compact(room, Y.encodeStateAsUpdate(writer), lastSeq);
  const compacted = await second.rooms.loadRoom(room);
  expect(compacted.snapshot).not.toBeNull();
  expect(compacted.updates).toEqual([]);
  expect(compacted.lastSeq).toBe(lastSeq);
  expect(replay(compacted)).toEqual(['a', 'b', 'c']);

  const later = edit(writer, 'd');
  await second.rooms.appendUpdates(room, [later]);
  expect(replay(await first.rooms.loadRoom(room))).toEqual(['a', 'b', 'c', 'd']);
});

test('two instances appending to one room at once lose nothing', async () => {
  const { first, second } = instances;
  const room = 'ngo-network/doc/concurrent';
  const writers = [new Y.Doc(), new Y.Doc()];
  const appends: Promise<number>[] = [];
  for (let i = 0; i < 100; i += 1) {
    for (const [index, storage] of [first, second].entries()) {
      const writer = writers[index] as Y.Doc;
      appends.push(storage.rooms.appendUpdates(room, [edit(writer, `${index}-${i}`)]));
    }
  }
  const seqs = await Promise.all(appends);
  expect(new Set(seqs).size).toBe(200);
  const edits = replay(await first.rooms.loadRoom(room));
  expect(edits).toHaveLength(200);
  for (let i = 0; i < 100; i += 1) expect(edits).toEqual(expect.arrayContaining([`0-${i}`, `1-${i}`]));
});

test('compaction racing appends from another instance loses nothing', async () => {
  const { first, second } = instances;
  const room = 'ngo-network/doc/compaction-race';
  const compactor = new Y.Doc();
  const other = new Y.Doc();
  let throughSeq = await first.rooms.appendUpdates(room, [edit(compactor, 'start')]);
  const work: Promise<unknown>[] = [];
  for (let i = 0; i < 60; i += 1) {
    // The other instance's edits never reach the compacting instance's document.
    work.push(second.rooms.appendUpdates(room, [edit(other, `other-${i}`)]));
    const seq = await first.rooms.appendUpdates(room, [edit(compactor, `mine-${i}`)]);
    throughSeq = Math.max(throughSeq, seq);
    if (i % 5 === 0) work.push(first.rooms.compact(room, Y.encodeStateAsUpdate(compactor), throughSeq));
  }
  await Promise.all(work);
  await first.rooms.compact(room, Y.encodeStateAsUpdate(compactor), throughSeq);
  const edits = replay(await second.rooms.loadRoom(room));
  expect(edits).toHaveLength(121);
  for (let i = 0; i < 60; i += 1) expect(edits).toEqual(expect.arrayContaining([`other-${i}`, `mine-${i}`]));
});

test('a compaction by an instance that missed another instance’s snapshot keeps both', async () => {
  const { first, second } = instances;
  const room = 'ngo-network/doc/two-snapshots';
  const ana = new Y.Doc();
  const ben = new Y.Doc();
  const anaSeq = await first.rooms.appendUpdates(room, [edit(ana, 'ana')]);
  const benSeq = await second.rooms.appendUpdates(room, [edit(ben, 'ben')]);
  // Ben's instance compacts first (its snapshot lacks Ana), then Ana's (its snapshot lacks Ben).
  await second.rooms.compact(room, Y.encodeStateAsUpdate(ben), benSeq);
  await first.rooms.compact(room, Y.encodeStateAsUpdate(ana), anaSeq);
  expect(replay(await first.rooms.loadRoom(room)).sort()).toEqual(['ana', 'ben']);
});

test('a loader running during compactions always sees the whole room', async () => {
  const { first, second } = instances;
  const room = 'ngo-network/doc/load-during-compaction';
  const writer = new Y.Doc();
  let seq = 0;
  for (let i = 0; i < 20; i += 1) seq = await first.rooms.appendUpdates(room, [edit(writer, `${i}`)]);
  const loads: Promise<StoredRoom>[] = [];
  const compactions: Promise<void>[] = [];
  for (let i = 0; i < 10; i += 1) {
    compactions.push(first.rooms.compact(room, Y.encodeStateAsUpdate(writer), seq));
    loads.push(second.rooms.loadRoom(room));
  }
  await Promise.all(compactions);
  for (const loaded of await Promise.all(loads)) expect(replay(loaded)).toHaveLength(20);
});
