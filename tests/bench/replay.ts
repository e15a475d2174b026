// Real editing traces replayed through a relay until every replica holds the expected text: the sequential
// trace by one writer to 10 readers, the concurrent trace with one client per writer.
import * as Y from 'yjs';
import { type BenchClient, connect, pause, whenDoc, within } from './clients';
import { BENCH_SPACE, type BenchServer } from './servers';
import type { ConcurrentReplay, SequentialReplay } from './traces';

export const SEQUENTIAL_READERS = 10;
/** Transactions sent before yielding to the event loop, so sockets drain as a fast typist's would. */
const BURST = 20;

export interface ReplayRun {
  seconds: number;
  cpuSeconds: number;
}

async function settle(clients: BenchClient[]): Promise<void> {
  for (const client of clients) client.destroy();
  await pause(300);
}

export async function replaySequential(
  server: BenchServer,
  trace: SequentialReplay,
  round: string,
): Promise<ReplayRun> {
  const room = `${BENCH_SPACE}/doc/sequential-${server.kind}-${round}`;
  const writer = connect(server, room);
  const readers = Array.from({ length: SEQUENTIAL_READERS }, () => connect(server, room));
  const everyone = [writer, ...readers];
  try {
    await within(60_000, 'connecting replay clients', Promise.all(everyone.map((client) => client.synced)));
    const cpuBefore = server.cpuSeconds();
    const started = performance.now();
    const text = writer.doc.getText('text');
    for (let index = 0; index < trace.txns; index += 1) {
      trace.apply(text, index);
      if (index % BURST === BURST - 1) await new Promise((resolve) => setImmediate(resolve));
    }
    // Done when a reader has every operation the writer made (its clock) and the text matches: the length
    // alone could match a moment earlier in the trace.
    const writerId = writer.doc.clientID;
    const finalClock = Y.getState(writer.doc.store, writerId);
    const done = Promise.all(
      readers.map((reader) => {
        const replica = reader.doc.getText('text');
        return whenDoc(
          reader.doc,
          () =>
            Y.getState(reader.doc.store, writerId) === finalClock &&
            replica.length === trace.expected.length &&
            replica.toString() === trace.expected,
        );
      }),
    );
    await within(300_000, 'the sequential replay', done);
    const seconds = (performance.now() - started) / 1000;
    const cpuSeconds = server.cpuSeconds() - cpuBefore;
    for (const client of everyone) {
      if (client.doc.getText('text').toString() !== trace.expected) {
        throw new Error(
          `${server.kind}: a replica does not hold the expected content after the sequential replay`,
        );
      }
    }
    return { seconds, cpuSeconds };
  } finally {
    await settle(everyone);
  }
}

/** Resolves once every client's text is `expected` (the length first: cheap on every update). */
export function untilAllHold(clients: BenchClient[], expected: string): Promise<unknown> {
  return Promise.all(
    clients.map((client) => {
      const text = client.doc.getText('text');
      return whenDoc(client.doc, () => text.length === expected.length && text.toString() === expected);
    }),
  );
}

/**
 * Sends the concurrent trace: each step's updates from its agent's client (`writers[agent]`), yielding to the
 * event loop every BURST steps.
 */
export async function sendConcurrentTrace(writers: BenchClient[], trace: ConcurrentReplay): Promise<void> {
  for (const [index, step] of trace.steps.entries()) {
    const writer = writers[step.agent] as BenchClient;
    for (const update of step.updates) Y.applyUpdate(writer.doc, update);
    if (index % BURST === BURST - 1) await new Promise((resolve) => setImmediate(resolve));
  }
}

export async function replayConcurrent(
  server: BenchServer,
  trace: ConcurrentReplay,
  round: string,
): Promise<ReplayRun> {
  const room = `${BENCH_SPACE}/doc/concurrent-${server.kind}-${round}`;
  const writers = Array.from({ length: trace.agents }, () => connect(server, room));
  try {
    await within(60_000, 'connecting replay clients', Promise.all(writers.map((client) => client.synced)));
    const done = untilAllHold(writers, trace.expected);
    const cpuBefore = server.cpuSeconds();
    const started = performance.now();
    await sendConcurrentTrace(writers, trace);
    await within(300_000, 'the concurrent replay', done);
    return { seconds: (performance.now() - started) / 1000, cpuSeconds: server.cpuSeconds() - cpuBefore };
  } finally {
    await settle(writers);
  }
}
