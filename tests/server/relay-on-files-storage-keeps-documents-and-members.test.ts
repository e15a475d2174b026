// A relay on the portable files backend (the desktop app's) keeps documents and members across a restart, and
// the command-line tasks find the same folder's files without being told which backend it holds.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { listMembers } from '../../server/admin';
import { openStorage } from '../../server/storage/open';
import { documentRoom } from '../../shared/rooms';
import { eventually, OpenClients, startRelay, type TestRelay, tempDir } from './support/relay';

const clients = new OpenClients();
const relays: TestRelay[] = [];
const folders: string[] = [];

afterEach(async () => {
  clients.closeAll();
  for (const relay of relays.splice(0)) await relay.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

test('a document written through a files-backed relay is there after the relay restarts', async () => {
  const dataDir = tempDir();
  folders.push(dataDir);
  const room = documentRoom('west-africa', 'guideline');
  const first = await startRelay({ dataDir, storageEngine: 'files' });
  const token = await first.token('west-africa', 'editor', 'Amina');
  const writer = clients.connect(first.wsUrl, room, token);
  await writer.synced;
  writer.doc.getText('body').insert(0, 'Kept in plain files.');
  const witness = clients.connect(first.wsUrl, room, token);
  await eventually(() => witness.doc.getText('body').toString() === 'Kept in plain files.');
  clients.closeAll();
  await first.relay.close();
  expect(existsSync(join(dataDir, 'relay.sqlite'))).toBe(false);

  // Started without saying which backend: the folder's own files are found.
  const second = await startRelay({ dataDir });
  relays.push(second);
  const reader = clients.connect(second.wsUrl, room, token);
  await reader.synced;
  expect(reader.doc.getText('body').toString()).toBe('Kept in plain files.');
  const members = await listMembers({ dataDir, secret: 'unused', space: 'west-africa' });
  expect(members.map((member) => member.name)).toEqual(['Amina']);
  expect(existsSync(join(dataDir, 'relay.sqlite'))).toBe(false);
});

test('a folder written by one backend is not opened as the other', async () => {
  const filesDir = tempDir();
  const sqliteDir = tempDir();
  folders.push(filesDir, sqliteDir);
  await (await openStorage({ dataDir: filesDir, engine: 'files' })).close();
  await (await openStorage({ dataDir: sqliteDir, engine: 'sqlite' })).close();
  await expect(openStorage({ dataDir: filesDir, engine: 'sqlite' })).rejects.toThrow(/--storage files/);
  await expect(openStorage({ dataDir: sqliteDir, engine: 'files' })).rejects.toThrow(/--storage sqlite/);
});
