// Documents survive the relay process: a clean stop (SIGTERM) loses nothing and exits 0, and a crash
// (SIGKILL) keeps every update accepted more than a second before it. On SQLite and on the files backend.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { issueMemberToken } from '../../server/admin';
import { engineInFolder } from '../../server/storage/data-folder';
import { openStorage, type StorageEngine } from '../../server/storage/open';
import { documentRoom, sessionRoom } from '../../shared/rooms';
import { ensureCliBuilt } from './support/build-cli';
import { eventually, OpenClients } from './support/relay';
import { type RelayProcess, relayProcesses } from './support/relay-process';

const SECRET = 'persistence-test-secret';
const SPACE = 'west-africa';
const clients = new OpenClients();
const relays = relayProcesses(SECRET);

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);

afterEach(() => {
  clients.closeAll();
  relays.cleanUp();
});

const open = (relay: RelayProcess, room: string, token: string) => clients.connect(relay.wsUrl, room, token);

/**
 * A new data folder of that backend with one editor recorded in it, and the relay started over it (the command
 * opens a folder with the backend that wrote it).
 */
async function startWithEditor(
  engine: StorageEngine,
  name: string,
): Promise<{ dataDir: string; token: string; first: RelayProcess }> {
  const dataDir = relays.folder();
  await (await openStorage({ dataDir, engine })).close();
  const token = await issueMemberToken({ dataDir, secret: SECRET, space: SPACE, role: 'editor', name });
  return { dataDir, token, first: await relays.start(dataDir) };
}

/** Writes through one client and waits until a second client has it, so the relay has surely accepted it. */
async function writeAndConfirm(
  relay: RelayProcess,
  room: string,
  token: string,
  text: string,
): Promise<void> {
  const writer = open(relay, room, token);
  const witness = open(relay, room, token);
  await Promise.all([writer.synced, witness.synced]);
  writer.doc.getText('body').insert(writer.doc.getText('body').length, text);
  await eventually(() => witness.doc.getText('body').toString().includes(text));
}

async function readBack(relay: RelayProcess, room: string, token: string): Promise<string> {
  const reader = open(relay, room, token);
  await reader.synced;
  return reader.doc.getText('body').toString();
}

describe.each(['sqlite', 'files'] as const)('on %s storage', (engine) => {
  test('a restart after SIGTERM keeps every document and the relay exits 0', async () => {
    const { dataDir, token, first } = await startWithEditor(engine, 'Aminata');
    await writeAndConfirm(first, documentRoom(SPACE, 'curriculum'), token, 'Module 1: identification.');
    await writeAndConfirm(first, sessionRoom(SPACE, 'workshop-day-1'), token, 'Agenda agreed.');
    const goingAway = new Promise<number>((resolve) =>
      clients.opened[0]?.provider.once('connection-close', (event) => resolve(event?.code ?? 0)),
    );
    // The last edit is still open in its room when the signal arrives: the stop itself must write it.
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(await goingAway).toBe(1001);
    clients.closeAll();

    const second = await relays.start(dataDir);
    expect(engineInFolder(dataDir)).toBe(engine);
    expect(await readBack(second, documentRoom(SPACE, 'curriculum'), token)).toBe(
      'Module 1: identification.',
    );
    expect(await readBack(second, sessionRoom(SPACE, 'workshop-day-1'), token)).toBe('Agenda agreed.');
  });

  test('after SIGKILL an update accepted more than a second earlier is still there', async () => {
    const { dataDir, token, first } = await startWithEditor(engine, 'Kofi');
    await writeAndConfirm(first, documentRoom(SPACE, 'model-law'), token, 'Article 1.');
    // The durability promise is one second; give it that second and a margin, then crash.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe(null);
    clients.closeAll();

    const second = await relays.start(dataDir);
    expect(engineInFolder(dataDir)).toBe(engine);
    expect(await readBack(second, documentRoom(SPACE, 'model-law'), token)).toBe('Article 1.');
  });
});
