// Messages of every size reach stock clients intact, live and in a late reader's first sync: each of the
// three WebSocket frame length encodings, and bursts the relay holds and writes to a reader together.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { documentRoom } from '../../shared/rooms';
import { connectClient, eventually, startRelay, type TestRelay } from './support/relay';

let relay: TestRelay;

beforeAll(async () => {
  relay = await startRelay();
});

afterAll(async () => {
  await relay.close();
});

test('edits of every frame size reach readers, live and on joining later', async () => {
  const room = documentRoom('sizes', 'annex');
  const token = await relay.token('sizes', 'editor');
  const writer = connectClient(relay.wsUrl, room, token);
  const reader = connectClient(relay.wsUrl, room, token);
  await Promise.all([writer.synced, reader.synced]);

  // Messages in each of the three frame length encodings (up to 125 bytes, up to 65,535, beyond), near the limits.
  const lengths = [1, 100, 124, 125, 126, 127, 1000, 65_500, 65_536, 70_000, 300_000];
  const body = writer.doc.getText('body');
  for (const length of lengths) {
    const paragraph = `${length}:${'x'.repeat(length)}\n`;
    body.insert(body.length, paragraph);
    await eventually(() => reader.doc.getText('body').toString() === body.toString());
  }

  const late = connectClient(relay.wsUrl, room, token);
  await late.synced;
  expect(late.doc.getText('body').toString()).toBe(body.toString());
  for (const client of [writer, reader, late]) client.destroy();
});
