// A real editing history with several people typing at once (the friendsforever trace, tests/bench/traces),
// replayed keystroke by keystroke through the relay with one client per writer, each applying a transaction
// only once it holds what that writer had seen: every replica ends with exactly the trace's final text, and so
// does a newcomer who opens the document after the relay restarted.
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { documentRoom } from '../../shared/rooms';
import { concurrentTrace } from '../bench/traces';
import { eventually, OpenClients, startRelay, type TestRelay } from './support/relay';

let relay: TestRelay | null = null;
const clients = new OpenClients();
afterEach(async () => {
  clients.closeAll();
  await relay?.close();
});

test('several writers replaying a real concurrent trace end with its exact text, also after a restart', {
  timeout: 120_000,
}, async () => {
  const trace = concurrentTrace('friendsforever');
  relay = await startRelay();
  const room = documentRoom('ngo-network', 'friends-forever');
  const token = await relay.token('ngo-network', 'editor', 'Writer');
  const writers = Array.from({ length: trace.agents }, () =>
    clients.connect(relay?.wsUrl ?? '', room, token),
  );
  await Promise.all(writers.map((writer) => writer.synced));

  for (const [index, step] of trace.steps.entries()) {
    const writer = writers[step.agent];
    for (const update of step.updates) Y.applyUpdate(writer?.doc as Y.Doc, update);
    // Lets the sockets drain now and then, as typists do.
    if (index % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
  }
  const holdsTheEnd = (doc: Y.Doc) => doc.getText('text').toString() === trace.expected;
  await eventually(() => writers.every((writer) => holdsTheEnd(writer.doc)), 60_000);

  const { dataDir } = relay;
  clients.closeAll();
  await relay.relay.close();
  relay = await startRelay({ dataDir });
  const newcomer = clients.connect(relay.wsUrl, room, await relay.token('ngo-network', 'viewer', 'Reader'));
  await newcomer.synced;
  expect(newcomer.doc.getText('text').toString()).toBe(trace.expected);
});
