// Memory: 1,000 rooms opened (each written to once), then every client gone; the relay's resident memory
// after the rooms were left versus before they were opened. First, 100 rooms held open with one client each:
// what each loaded room costs.
import { connect, pause, within } from './clients';
import { BENCH_SPACE, type BenchServer } from './servers';

export const ROOMS = 1000;
export const LOADED_ROOMS = 100;
const AT_ONCE = 50;

export interface MemoryRun {
  beforeBytes: number;
  afterBytes: number;
  /** Rooms our relay still holds in memory afterwards (from /healthz); null for the reference, which cannot say. */
  roomsLoaded: number | null;
  /** RSS growth while LOADED_ROOMS more rooms are open (one client and one edit each), per room. */
  perLoadedRoomBytes: number;
}

async function openRooms(server: BenchServer, prefix: string, count: number) {
  const clients = [];
  for (let start = 0; start < count; start += AT_ONCE) {
    const batch = Array.from({ length: Math.min(AT_ONCE, count - start) }, (_, offset) =>
      connect(server, `${BENCH_SPACE}/doc/${prefix}-${start + offset}`),
    );
    await within(60_000, 'opening rooms', Promise.all(batch.map((client) => client.synced)));
    for (const client of batch)
      client.doc.getText('text').insert(0, `Lesson ${client.doc.clientID}: `.repeat(10));
    clients.push(...batch);
  }
  return clients;
}

export async function memoryRun(server: BenchServer): Promise<MemoryRun> {
  // One room opened and closed first, so lazily loaded code is not counted as growth.
  const warm = connect(server, `${BENCH_SPACE}/doc/warm-up`);
  await within(30_000, 'warming up', warm.synced);
  warm.destroy();
  await pause(1000);
  // Rooms held open first, in a process that has not yet freed heap pages it could reuse for them.
  const idleBytes = server.rssBytes();
  const held = await openRooms(server, 'loaded', LOADED_ROOMS);
  await pause(1000);
  const perLoadedRoomBytes = (server.rssBytes() - idleBytes) / LOADED_ROOMS;
  for (const client of held) client.destroy();
  await pause(2000);
  const beforeBytes = server.rssBytes();
  for (let start = 0; start < ROOMS; start += AT_ONCE) {
    const batch = await openRooms(server, `memory-${start}`, AT_ONCE);
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
  return { beforeBytes, afterBytes, roomsLoaded, perLoadedRoomBytes };
}
