// A crash in the middle of an append leaves half a record at the end of a room's log: the files backend reads
// every whole record before it, drops the torn one, and goes on appending after the last whole record. A crash
// between writing a snapshot and rewriting the log replays nothing twice.
import {
  copyFileSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { openFileStorage } from '../../server/storage/files/files';
import { tempDir } from './support/relay';
import { editor, replay } from './support/room-edits';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function newFolder(): string {
  const folder = tempDir('commons-files-');
  folders.push(folder);
  return folder;
}

const ROOM = 'west-africa/doc/guideline';

/** The one log file in the rooms folder. */
function logFile(dataDir: string): string {
  const logs = readdirSync(join(dataDir, 'rooms')).filter((name) => name.endsWith('.log'));
  expect(logs).toHaveLength(1);
  return join(dataDir, 'rooms', logs[0] as string);
}

test('a record cut short by a crash is dropped and the records before it load', async () => {
  const dataDir = newFolder();
  const ana = editor();
  const storage = await openFileStorage(dataDir);
  await storage.rooms.appendUpdates(ROOM, [ana.edit('one')]);
  const secondSeq = await storage.rooms.appendUpdates(ROOM, [ana.edit('two')]);
  const beforeThird = statSync(logFile(dataDir)).size;
  await storage.rooms.appendUpdates(ROOM, [ana.edit('three')]);
  await storage.close();
  // The crash: only part of the third record reached the disk.
  truncateSync(logFile(dataDir), beforeThird + 5);

  const reopened = await openFileStorage(dataDir);
  const loaded = await reopened.rooms.loadRoom(ROOM);
  expect(replay(loaded)).toEqual(['one', 'two']);
  expect(loaded.lastSeq).toBe(secondSeq);
  expect(statSync(logFile(dataDir)).size).toBe(beforeThird);

  // Appending goes on after the last whole record, and survives another restart.
  const bea = editor();
  for (const update of loaded.updates) Y.applyUpdate(bea.doc, update);
  expect(await reopened.rooms.appendUpdates(ROOM, [bea.edit('four')])).toBe(secondSeq + 1);
  const again = await openFileStorage(dataDir);
  expect(replay(await again.rooms.loadRoom(ROOM))).toEqual(['one', 'two', 'four']);
});

test('garbage after the last record (a header promising more than was written, or bad bytes) is dropped', async () => {
  const dataDir = newFolder();
  const ana = editor();
  const storage = await openFileStorage(dataDir);
  await storage.rooms.appendUpdates(ROOM, [ana.edit('one'), ana.edit('two')]);
  const whole = statSync(logFile(dataDir)).size;

  // A whole-looking record whose checksum does not match its bytes, as a disk can leave after a power cut.
  const record = readFileSync(logFile(dataDir)).subarray(0, whole / 2);
  const damaged = Buffer.from(record);
  damaged[damaged.length - 1] = (damaged.at(-1) ?? 0) ^ 0xff;
  writeFileSync(logFile(dataDir), damaged, { flag: 'a' });
  const reopened = await openFileStorage(dataDir);
  expect(replay(await reopened.rooms.loadRoom(ROOM))).toEqual(['one', 'two']);
  expect(statSync(logFile(dataDir)).size).toBe(whole);
});

test('a crash after the snapshot was replaced but before the log was rewritten loads each edit once', async () => {
  const dataDir = newFolder();
  const ana = editor();
  const storage = await openFileStorage(dataDir);
  const throughSeq = await storage.rooms.appendUpdates(ROOM, [ana.edit('one'), ana.edit('two')]);
  const savedLog = `${logFile(dataDir)}.before`;
  copyFileSync(logFile(dataDir), savedLog);
  await storage.rooms.compact(ROOM, Y.encodeStateAsUpdate(ana.doc), throughSeq);
  // Put the log back as it was before compaction: the rewrite never happened.
  copyFileSync(savedLog, logFile(dataDir));
  rmSync(savedLog);

  const reopened = await openFileStorage(dataDir);
  const loaded = await reopened.rooms.loadRoom(ROOM);
  expect(loaded.snapshot).not.toBeNull();
  expect(loaded.updates).toEqual([]);
  expect(loaded.lastSeq).toBe(throughSeq);
  expect(replay(loaded)).toEqual(['one', 'two']);
  expect(await reopened.rooms.appendUpdates(ROOM, [ana.edit('three')])).toBe(throughSeq + 1);
});
