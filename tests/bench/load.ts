// Load: 2,000 connected clients in 200 rooms, 5 writers per room each typing 2 edits a second; how long each
// edit takes to reach the 9 other clients of its room, and the relay's CPU meanwhile. Stock providers are too
// heavy for 2,000 clients in one bench process, so these clients are light: a raw WebSocket speaking the
// y-websocket sync protocol (lib0/y-protocols encoding), each writer with a Y.Doc of its own making real Yjs
// updates, and receivers reading only the first struct's client id and clock from each update instead of
// applying it. Both servers get exactly the same clients.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { pause, percentile, within } from './clients';
import { BENCH_SPACE, type BenchServer } from './servers';

export const LOAD_ROOMS = 200;
export const CLIENTS_PER_ROOM = 10;
export const WRITERS_PER_ROOM = 5;
export const EDITS_PER_SECOND = 2;
/** How long each measured window lasts; edits sent in it are the ones measured. */
export const LOAD_WINDOW_MS = 8000;
/** Connections opened at once while setting up (our relay also rate-limits attempts per address). */
const CONNECT_BATCH = 100;

const MESSAGE_SYNC = 0;

interface LightClient {
  ws: WebSocket;
  /** This client's own writer document, or null for a reader. */
  writer: Y.Doc | null;
  room: number;
}

export interface LoadSetup {
  server: BenchServer;
  clients: LightClient[];
  /** Per writer client id, the time each clock value was sent (ms, performance.now()). */
  sentAt: Map<number, number[]>;
  /** Called for every edit a client receives from another client during a round. */
  onDelivery: ((latencyMs: number) => void) | null;
  close(): Promise<void>;
}

export interface LoadRound {
  p50Ms: number;
  p99Ms: number;
  /** Relay CPU over the window, as a share of one core (1.0 = a whole core). */
  cpuCores: number;
  /** Relay CPU per 1,000 delivered messages, ms. */
  cpuPerThousandMs: number;
  delivered: number;
  /** Edits sent in the window times the receivers each should reach, minus those that did. */
  missing: number;
  /** Edits the writers managed to send per second (the target is 2,000: below it, the bench process is the limit). */
  sentPerSecond: number;
  /**
   * The bench process's own event-loop delay over the window, p99 (ms): a delivery that lands while the bench is
   * busy waits in its socket and is counted late, so this much of a latency can be the bench's, not the relay's.
   */
  benchDelayP99Ms: number;
  /** How long the relay's event loop waited for a CPU, per second of the window (ms/s). */
  relayWaitMsPerSecond: number;
}

function syncStep1Message(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  return encoding.toUint8Array(encoder);
}

function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The first struct's client id and clock of a sync-update frame, or null for any other frame. */
function firstStruct(frame: Uint8Array): { client: number; clock: number } | null {
  const decoder = decoding.createDecoder(frame);
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
  if (decoding.readVarUint(decoder) !== syncProtocol.messageYjsUpdate) return null;
  const update = decoding.readVarUint8Array(decoder);
  const inner = decoding.createDecoder(update);
  if (decoding.readVarUint(inner) === 0) return null;
  decoding.readVarUint(inner); // structs of the first client
  const client = decoding.readVarUint(inner);
  const clock = decoding.readVarUint(inner);
  return { client, clock };
}

function openClient(setup: LoadSetup, room: number, writes: boolean): Promise<LightClient> {
  const { server } = setup;
  const query = new URLSearchParams(server.params).toString();
  const url = `${server.wsUrl}/${BENCH_SPACE}/doc/load-${server.kind}-${room}${query ? `?${query}` : ''}`;
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.binaryType = 'nodebuffer';
    const client: LightClient = { ws, writer: writes ? new Y.Doc() : null, room };
    const own = client.writer?.clientID;
    let ready = false;
    ws.on('open', () => ws.send(syncStep1Message()));
    ws.on('error', (error) => {
      if (!ready) reject(error);
    });
    ws.on('message', (data: Buffer) => {
      const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      if (!ready) {
        // The server's sync step 2 answers ours: the client is in the room.
        const decoder = decoding.createDecoder(frame);
        if (
          decoding.readVarUint(decoder) === MESSAGE_SYNC &&
          decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep2
        ) {
          ready = true;
          resolve(client);
        }
        return;
      }
      if (!setup.onDelivery) return;
      const struct = firstStruct(frame);
      // The reference server echoes a writer's own edits back; only other clients' edits count.
      if (!struct || struct.client === own) return;
      const sent = setup.sentAt.get(struct.client)?.[struct.clock];
      if (sent !== undefined) setup.onDelivery(performance.now() - sent);
    });
    client.writer?.on('update', (update: Uint8Array) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(updateMessage(update));
    });
  });
}

/** Connects every client (not measured), in batches, retrying a connection the relay's rate limit turned away. */
export async function setUpLoad(server: BenchServer): Promise<LoadSetup> {
  const setup: LoadSetup = {
    server,
    clients: [],
    sentAt: new Map(),
    onDelivery: null,
    async close() {
      const closed = setup.clients.map(
        (client) => new Promise<void>((resolve) => client.ws.once('close', () => resolve())),
      );
      for (const client of setup.clients) client.ws.close();
      await within(30_000, 'closing the load clients', Promise.all(closed));
      for (const client of setup.clients) client.writer?.destroy();
    },
  };
  const wanted: { room: number; writes: boolean }[] = [];
  for (let room = 0; room < LOAD_ROOMS; room += 1) {
    for (let index = 0; index < CLIENTS_PER_ROOM; index += 1)
      wanted.push({ room, writes: index < WRITERS_PER_ROOM });
  }
  for (let start = 0; start < wanted.length; start += CONNECT_BATCH) {
    const batch = wanted.slice(start, start + CONNECT_BATCH);
    const opened = await within(
      120_000,
      'connecting the load clients',
      Promise.all(
        batch.map(async ({ room, writes }) => {
          for (let attempt = 0; ; attempt += 1) {
            try {
              return await openClient(setup, room, writes);
            } catch (error) {
              if (attempt >= 20) throw error;
              await pause(500);
            }
          }
        }),
      ),
    );
    setup.clients.push(...opened);
  }
  return setup;
}

/** One measured window: every writer types EDITS_PER_SECOND edits a second, phases spread at random. */
export async function loadRound(setup: LoadSetup): Promise<LoadRound> {
  const writers = setup.clients.filter((client) => client.writer !== null);
  const receiversPerEdit = CLIENTS_PER_ROOM - 1;
  const latencies: number[] = [];
  let sent = 0;
  setup.onDelivery = (latency) => latencies.push(latency);
  const interval = 1000 / EDITS_PER_SECOND;
  const timers: NodeJS.Timeout[] = [];
  const benchDelay = monitorEventLoopDelay({ resolution: 1 });
  benchDelay.enable();
  const cpuBefore = setup.server.cpuSeconds();
  const waitBefore = setup.server.runQueueWaitSeconds();
  const started = performance.now();
  for (const client of writers) {
    const doc = client.writer as Y.Doc;
    const times = setup.sentAt.get(doc.clientID) ?? [];
    setup.sentAt.set(doc.clientID, times);
    const edits = doc.getArray<number>('edits');
    // Each writer keeps its own phase: edit k is due at phase + k × interval from the window's start. Re-arming
    // each timer from when it fired instead let one stall of the bench process line every writer up on the same
    // phase for the rest of the window, so 1,000 edits came in bursts twice a second and the latencies measured
    // those bursts rather than the relay.
    const phase = Math.random() * interval;
    let edit = 0;
    const type = () => {
      if (performance.now() - started >= LOAD_WINDOW_MS) return;
      // The clock this edit's struct gets is the document's current length (one item per edit).
      times[Y.getState(doc.store, doc.clientID)] = performance.now();
      edits.push([sent]);
      sent += 1;
      edit += 1;
      timers.push(setTimeout(type, Math.max(0, started + phase + edit * interval - performance.now())));
    };
    timers.push(setTimeout(type, phase));
  }
  await pause(LOAD_WINDOW_MS);
  benchDelay.disable();
  const expected = sent * receiversPerEdit;
  // Stragglers: up to 5 s for edits sent at the end of the window.
  for (let waited = 0; latencies.length < expected && waited < 5000; waited += 50) await pause(50);
  const cpuSeconds = setup.server.cpuSeconds() - cpuBefore;
  const waitSeconds = setup.server.runQueueWaitSeconds() - waitBefore;
  const elapsed = (performance.now() - started) / 1000;
  for (const timer of timers) clearTimeout(timer);
  setup.onDelivery = null;
  latencies.sort((a, b) => a - b);
  return {
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    cpuCores: cpuSeconds / elapsed,
    cpuPerThousandMs: (cpuSeconds * 1000 * 1000) / Math.max(1, latencies.length),
    delivered: latencies.length,
    missing: Math.max(0, expected - latencies.length),
    sentPerSecond: sent / (LOAD_WINDOW_MS / 1000),
    benchDelayP99Ms: benchDelay.percentile(99) / 1e6,
    relayWaitMsPerSecond: (waitSeconds * 1000) / elapsed,
  };
}
