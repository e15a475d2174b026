// Memory: 1,000 rooms opened (each written to once), then every client gone; the relay's resident memory
// after the rooms unloaded versus before they were opened.
import { connect, pause, within } from './clients';
import { BENCH_SPACE, type BenchServer } from './servers';

export const ROOMS = 1000;
const AT_ONCE = 50;

export interface MemoryRun {
  beforeBytes: number;
  afterBytes: number;
  /** Rooms our relay still holds in memory afterwards (from /healthz); null for the reference, which cannot say. */
  roomsLoaded: number | null;
}

export async function memoryRun(server: BenchServer): Promise<MemoryRun> {
  // One room opened and closed first, so lazily loaded code is not counted as growth.
  const warm = connect(server, `${BENCH_SPACE}/doc/warm-up`);
  await within(30_000, 'warming up', warm.synced);
  warm.destroy();
  await pause(1000);
  const beforeBytes = server.rssBytes();
  for (let start = 0; start < ROOMS; start += AT_ONCE) {
    const batch = Array.from({ length: AT_ONCE }, (_, offset) =>
      connect(server, `${BENCH_SPACE}/doc/memory-${start + offset}`),
    );
    await within(60_000, 'opening rooms', Promise.all(batch.map((client) => client.synced)));
    for (const client of batch)
      client.doc.getText('text').insert(0, `Lesson ${client.doc.clientID}: `.repeat(10));
    await pause(50);
    for (const client of batch) client.destroy();
  }
  // Long enough for unloading (flush and compaction) to finish.
  await pause(3000);
  const afterBytes = server.rssBytes();
  let roomsLoaded: number | null = null;
  if (server.kind === 'ours') {
    const health = (await (await fetch(`${server.wsUrl.replace(/^ws/, 'http')}/healthz`)).json()) as {
      rooms: number;
    };
    roomsLoaded = health.rooms;
  }
  return { beforeBytes, afterBytes, roomsLoaded };
}
