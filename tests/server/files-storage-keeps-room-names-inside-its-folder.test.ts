// Room names come from clients: the files backend turns each into one file name inside its rooms folder, so
// slashes, dots, absolute paths, device names and case tricks can neither escape the folder nor share a file.
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { openFileStorage } from '../../server/storage/files/files';
import { roomFileName } from '../../server/storage/files/room-names';
import { tempDir } from './support/relay';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const HOSTILE_NAMES = [
  '../../escaped',
  '..',
  '.',
  '/etc/passwd',
  'space/../../../escaped',
  'space\\..\\..\\escaped',
  'C:\\Windows\\escaped',
  'con',
  'NUL',
  'Room',
  'room',
  'room.log',
  'room%2F..',
  'room_2f',
  'espace/doc/éducation',
  'مساحة/doc/دليل',
  'x\u0000y',
  'a'.repeat(300),
  `${'a'.repeat(300)}b`,
];

test('every hostile room name stays in the rooms folder and keeps its own contents', async () => {
  const parent = tempDir('commons-files-parent-');
  folders.push(parent);
  const dataDir = join(parent, 'data');
  const storage = await openFileStorage(dataDir);
  for (const [index, name] of HOSTILE_NAMES.entries()) {
    await storage.rooms.appendUpdates(name, [new Uint8Array([index, 1, 2])]);
    await storage.rooms.compact(name, new Uint8Array([index, 9]), 1);
    await storage.rooms.appendUpdates(name, [new Uint8Array([index, 3])]);
  }

  // Nothing was written beside the data folder, and every room file sits directly in data/rooms.
  expect(readdirSync(parent)).toEqual(['data']);
  const written = readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).filter((path) =>
    path.startsWith(`rooms${join('/')}`),
  );
  for (const path of written)
    expect(relative(join(dataDir, 'rooms'), join(dataDir, path))).not.toMatch(/[\\/]/);
  // A log and a snapshot per name: no two names share a file.
  expect(written).toHaveLength(HOSTILE_NAMES.length * 2);

  const reopened = await openFileStorage(dataDir);
  for (const [index, name] of HOSTILE_NAMES.entries()) {
    const room = await reopened.rooms.loadRoom(name);
    expect(room.snapshot).toEqual(new Uint8Array([index, 9]));
    expect(room.updates).toEqual([new Uint8Array([index, 3])]);
  }
});

test('hostile room names and version ids keep named versions inside the versions folder', async () => {
  const parent = tempDir('commons-files-parent-');
  folders.push(parent);
  const dataDir = join(parent, 'data');
  const storage = await openFileStorage(dataDir);
  const version = {
    room: '../../escaped',
    name: 'v',
    createdBy: null,
    createdAt: 1,
    state: new Uint8Array([7]),
  };
  await storage.versions.saveVersion({ ...version, id: '../../../escaped' });
  await storage.versions.saveVersion({ ...version, id: '..' });
  expect(readdirSync(parent)).toEqual(['data']);
  const written = readdirSync(join(dataDir, 'versions'), { recursive: true, encoding: 'utf8' });
  for (const path of written) expect(path).not.toMatch(/\.\./);
  expect(await storage.versions.loadVersion('../../escaped', '..')).toEqual({ ...version, id: '..' });
});

test('file names use only characters that are safe and distinct on every file system', () => {
  const names = HOSTILE_NAMES.map(roomFileName);
  expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(HOSTILE_NAMES.length);
  for (const name of names) {
    expect(name).toMatch(/^[a-z0-9_-]+$/);
    expect(name.length).toBeLessThanOrEqual(200);
  }
});
