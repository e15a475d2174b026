// The update log stays short: a busy room's log is folded into one snapshot once it passes 500 updates,
// and again when the room unloads, without losing a character.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SQLITE_FILE_NAME } from '../../server/storage/sqlite/sqlite';
import { documentRoom } from '../../shared/rooms';
import { connectClient, eventually, health, startRelay, type TestRelay } from './support/relay';

const ROOM = documentRoom('archive', 'minutes');
let relay: TestRelay;
let db: Database.Database;

beforeAll(async () => {
  relay = await startRelay({ flushIntervalMs: 20 });
  db = new Database(join(relay.dataDir, SQLITE_FILE_NAME), { readonly: true });
});

afterAll(async () => {
  db.close();
  await relay.close();
});

// The room's journal rows that its snapshot does not hold (folded rows wait there for the journal's head to be cut).
const loggedUpdates = () =>
  (
    db
      .prepare(
        `SELECT count(*) AS n FROM room_journal
         WHERE room = @room AND seq > coalesce((SELECT through_seq FROM room_snapshots WHERE room = @room), 0)`,
      )
      .get({ room: ROOM }) as { n: number }
  ).n;
const hasSnapshot = () => db.prepare('SELECT 1 FROM room_snapshots WHERE room = ?').get(ROOM) !== undefined;

test('a long log is compacted while the room is open and again when it unloads', async () => {
  const token = await relay.token('archive', 'editor');
  const writer = connectClient(relay.wsUrl, ROOM, token);
  await writer.synced;
  // One keystroke at a time, each its own update, paced so they are logged in many small batches.
  for (let i = 0; i < 600; i++) {
    writer.doc.getText('body').insert(i, String(i % 10));
    if (i % 50 === 49) await new Promise((resolve) => setTimeout(resolve, 30));
  }
  await eventually(() => hasSnapshot());
  expect(loggedUpdates()).toBeLessThan(600);

  const written = writer.doc.getText('body').toString();
  writer.destroy();
  await eventually(async () => (await health(relay.url)).rooms === 0);
  expect(loggedUpdates()).toBe(0);

  const reader = connectClient(relay.wsUrl, ROOM, token);
  await reader.synced;
  expect(written).toHaveLength(600);
  expect(reader.doc.getText('body').toString()).toBe(written);
  reader.destroy();
});
