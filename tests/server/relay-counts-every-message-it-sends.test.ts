// Operators read the relay's traffic from /metrics: one edit shared with two readers counts two messages out
// (the writer already has its edit), with their bytes, and one update in.
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

interface Counters {
  messagesOut: number;
  bytesOut: number;
  updatesIn: number;
}

async function counters(): Promise<Counters> {
  const text = await (await fetch(`${relay.url}/metrics`)).text();
  const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
  return {
    messagesOut: value(/^commons_relay_messages_out_total (\d+)$/m),
    bytesOut: value(/^commons_relay_bytes_out_total (\d+)$/m),
    updatesIn: value(/^commons_relay_messages_in_total\{kind="update"\} (\d+)$/m),
  };
}

test('an edit shared with two readers is counted once per reader, bytes included', async () => {
  const room = documentRoom('counting', 'handbook');
  const token = await relay.token('counting', 'editor');
  const clients = [0, 1, 2].map(() => connectClient(relay.wsUrl, room, token));
  const [writer, ...readers] = clients;
  if (!writer) throw new Error('no writer');
  await Promise.all(clients.map((client) => client.synced));
  // Let the greetings and presence exchanged on joining settle before taking the baseline.
  let settled = await counters();
  await eventually(async () => {
    const now = await counters();
    const same = now.messagesOut === settled.messagesOut;
    settled = now;
    return same;
  });
  const before = settled;

  writer.doc.getText('body').insert(0, 'Referral mechanism, step one.');
  await eventually(() =>
    readers.every((reader) => reader.doc.getText('body').toString() === 'Referral mechanism, step one.'),
  );
  const after = await counters();

  expect(after.messagesOut - before.messagesOut).toBe(2);
  expect(after.updatesIn - before.updatesIn).toBe(1);
  const bytesPerMessage = (after.bytesOut - before.bytesOut) / 2;
  expect(Number.isInteger(bytesPerMessage) && bytesPerMessage > 'Referral mechanism, step one.'.length).toBe(
    true,
  );
  for (const client of clients) client.destroy();
});
