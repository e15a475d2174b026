// Fan-out: one writer and 49 readers in one room, an edit every 10 ms; how long each edit takes to reach
// each reader, and how much CPU the relay process spends per 1,000 messages it delivers.
import type * as Y from 'yjs';
import { type BenchClient, connect, pause, within } from './clients';
import { BENCH_SPACE, type BenchServer } from './servers';

export const READERS = 49;
export const EDITS_PER_ROUND = 200;

export interface FanoutRound {
  latenciesMs: number[];
  cpuSeconds: number;
  delivered: number;
}

export async function fanoutRound(server: BenchServer, round: string): Promise<FanoutRound> {
  const room = `${BENCH_SPACE}/doc/fanout-${server.kind}-${round}`;
  const writer = connect(server, room);
  const readers: BenchClient[] = Array.from({ length: READERS }, () => connect(server, room));
  const everyone = [writer, ...readers];
  try {
    await within(
      60_000,
      'connecting the fan-out clients',
      Promise.all(everyone.map((client) => client.synced)),
    );
    const sentAt: number[] = [];
    const latenciesMs: number[] = [];
    let delivered = 0;
    const allDelivered = new Promise<void>((resolve) => {
      for (const reader of readers) {
        reader.doc.getArray<number>('edits').observe((event: Y.YArrayEvent<number>) => {
          const now = performance.now();
          for (const change of event.changes.delta) {
            for (const edit of (change.insert as number[] | undefined) ?? []) {
              latenciesMs.push(now - (sentAt[edit] as number));
              delivered += 1;
            }
          }
          if (delivered === EDITS_PER_ROUND * READERS) resolve();
        });
      }
    });
    const cpuBefore = server.cpuSeconds();
    const edits = writer.doc.getArray<number>('edits');
    for (let edit = 0; edit < EDITS_PER_ROUND; edit += 1) {
      sentAt[edit] = performance.now();
      edits.push([edit]);
      await pause(10);
    }
    await within(60_000, 'fan-out delivery', allDelivered);
    return { latenciesMs, cpuSeconds: server.cpuSeconds() - cpuBefore, delivered };
  } finally {
    for (const client of everyone) client.destroy();
    await pause(300);
  }
}
