// `npm run bench`: our relay and the reference y-websocket server measured side by side in one run, with the
// same clients, rounds interleaved (ours, reference, reference, ours, ...) after unmeasured warm-up rounds
// (each server process's JIT compiles its hot paths on the first traffic it sees). Every relay figure is the median
// of its rounds (5 by default), printed with each server's spread (smallest–largest round). Prints a table; with
// `-- --json FILE` also writes { results: [{ name, unit, value, reference?, ratio? }] } (ratio = ours / reference,
// so at most 1.0 means we are at least as fast or as small). `-- --only editor` runs the editor figures alone (headless
// Lexical, then the live editor in Chromium: tests/bench/editor-chromium.ts); `-- --only field` the slow-link
// figures (first visit, joining, repeat visit, opening a draft, bytes per keystroke: tests/bench/field-conditions.ts);
// `-- --only checkpoints` SQLite's checkpoint with and without the write-ahead log synced in the background (about
// 5 minutes: tests/bench/checkpoints.ts).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CHECKPOINT_ROUND_SECONDS, runCheckpointBench } from './checkpoints';
import { median, percentile } from './clients';
import { runClusterBench } from './cluster';
import { runChromiumEditorBench } from './editor-chromium';
import { runEditorBench } from './editor-open-type';
import { EDITS_PER_ROUND, type FanoutRound, fanoutRound, READERS } from './fanout';
import { runFieldBench } from './field-conditions';
import { runLibraryBench } from './library-chromium';
import {
  CLIENTS_PER_ROOM,
  EDITS_PER_SECOND,
  LOAD_ROOMS,
  type LoadRound,
  loadRound,
  setUpLoad,
  WRITERS_PER_ROOM,
} from './load';
import { LOADED_ROOMS, type MemoryRun, memoryRun, ROOMS } from './memory';
import { replayConcurrent, replaySequential, SEQUENTIAL_READERS } from './replay';
import { BenchResults, measuredInRounds } from './results';
import { type BenchServer, type ServerKind, startServer } from './servers';
import { concurrentTrace, sequentialTrace } from './traces';

const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    only: { type: 'string' },
    'warmup-rounds': { type: 'string', default: '1' },
    'fanout-rounds': { type: 'string', default: '7' },
    'trace-rounds': { type: 'string', default: '7' },
    'memory-rounds': { type: 'string', default: '7' },
    'load-rounds': { type: 'string', default: '9' },
    'automerge-txns': { type: 'string', default: '30000' },
    'editor-rounds': { type: 'string', default: '5' },
    'library-rounds': { type: 'string', default: '5' },
    'checkpoint-rounds': { type: 'string', default: '5' },
    // Another renderer build to measure the editor in (a before/after comparison); dist/renderer by default.
    'editor-web': { type: 'string' },
    // The field bench (slow links in Chromium): rounds per network profile.
    'field-rounds': { type: 'string', default: '5' },
  },
});
const only = new Set((values.only ?? 'fanout,traces,load,memory,editor,field').split(','));
const results = new BenchResults();
const { notes } = results;

const warmupRounds = Number(values['warmup-rounds']);
const warmupLabel = `after ${warmupRounds} unmeasured warm-up round${warmupRounds === 1 ? '' : 's'} per server`;

const compareRounds = results.compareRounds.bind(results);

/**
 * Runs `work` for both servers `rounds` times, alternating which goes first, after `warmupRounds` rounds per
 * server whose results are dropped: a fresh process runs its first traffic through the interpreter while the
 * JIT compiles, which is start-up cost, not the steady speed a long-running relay has.
 */
async function interleaved<T>(
  servers: Record<ServerKind, BenchServer>,
  rounds: number,
  work: (server: BenchServer, round: string) => Promise<T>,
): Promise<Record<ServerKind, T[]>> {
  for (let index = 0; index < warmupRounds; index += 1) {
    for (const kind of ['ours', 'reference'] as const) await work(servers[kind], `warmup-${index}`);
  }
  const runs: Record<ServerKind, T[]> = { ours: [], reference: [] };
  for (let index = 0; index < rounds; index += 1) {
    const order: ServerKind[] = index % 2 === 0 ? ['ours', 'reference'] : ['reference', 'ours'];
    for (const kind of order) runs[kind].push(await work(servers[kind], String(index)));
  }
  return runs;
}

async function relayBenchmarks(): Promise<void> {
  if (!Number.isSafeInteger(warmupRounds) || warmupRounds < 0) {
    throw new Error(`--warmup-rounds must be a whole number, not "${values['warmup-rounds']}"`);
  }
  notes.push(
    `fan-out and replays: measured ${warmupLabel} (same rooms and clients as a measured round, results dropped)`,
  );
  const servers = { ours: await startServer('ours'), reference: await startServer('reference') };
  try {
    if (only.has('fanout')) {
      console.error(
        `fan-out: 1 writer, ${READERS} readers, ${EDITS_PER_ROUND} edits 10 ms apart per round (${warmupLabel})`,
      );
      const runs = await interleaved(servers, Number(values['fanout-rounds']), fanoutRound);
      // Each round's figures, then the median of the rounds.
      const figure = (kind: ServerKind, pick: (run: FanoutRound) => number) => runs[kind].map(pick);
      const p = (n: number) => (run: FanoutRound) =>
        percentile(
          [...run.latenciesMs].sort((a, b) => a - b),
          n,
        );
      const cpu = (run: FanoutRound) => (run.cpuSeconds * 1000 * 1000) / run.delivered;
      for (const [name, unit, pick] of [
        ['fan-out latency p50 (1 writer, 49 readers)', 'ms', p(50)],
        ['fan-out latency p99 (1 writer, 49 readers)', 'ms', p(99)],
        ['fan-out relay CPU per 1,000 delivered messages', 'ms', cpu],
      ] as const) {
        compareRounds(name, unit, figure('ours', pick), figure('reference', pick));
      }
    }
    if (only.has('traces')) {
      const rounds = Number(values['trace-rounds']);
      const sequential = sequentialTrace('automerge-paper', Number(values['automerge-txns']));
      const label =
        sequential.txns < sequential.totalTxns
          ? `first ${sequential.txns.toLocaleString('en')} of ${sequential.totalTxns.toLocaleString('en')} txns`
          : 'whole trace';
      if (sequential.txns < sequential.totalTxns) {
        notes.push(
          `automerge-paper: a prefix (${label}) keeps the run short; every replica is checked against that prefix's content`,
        );
      }
      console.error(`automerge-paper (${label}): 1 writer, ${SEQUENTIAL_READERS} readers (${warmupLabel})`);
      const seq = await interleaved(servers, rounds, (server, index) =>
        replaySequential(server, sequential, index),
      );
      compareRounds(
        `automerge-paper replay, ${label}, to ${SEQUENTIAL_READERS} readers`,
        's',
        seq.ours.map((r) => r.seconds),
        seq.reference.map((r) => r.seconds),
      );
      compareRounds(
        'automerge-paper replay relay CPU',
        's',
        seq.ours.map((r) => r.cpuSeconds),
        seq.reference.map((r) => r.cpuSeconds),
      );

      const concurrent = concurrentTrace('friendsforever');
      console.error(
        `friendsforever: ${concurrent.txns} txns by ${concurrent.agents} writers (${warmupLabel})`,
      );
      const con = await interleaved(servers, rounds, (server, index) =>
        replayConcurrent(server, concurrent, index),
      );
      compareRounds(
        `friendsforever replay, ${concurrent.agents} concurrent writers`,
        's',
        con.ours.map((r) => r.seconds),
        con.reference.map((r) => r.seconds),
      );
      compareRounds(
        'friendsforever replay relay CPU',
        's',
        con.ours.map((r) => r.cpuSeconds),
        con.reference.map((r) => r.cpuSeconds),
      );
    }
    if (only.has('load')) await loadBenchmark(servers);
  } finally {
    await Promise.all([servers.ours.stop(), servers.reference.stop()]);
  }
}

/**
 * 2,000 light clients per server stay connected for all rounds (connecting is not measured); each round is one
 * window of typing on one server, the servers alternating which goes first, after one unmeasured window each.
 */
async function loadBenchmark(servers: Record<ServerKind, BenchServer>): Promise<void> {
  const rounds = Number(values['load-rounds']);
  const clients = LOAD_ROOMS * CLIENTS_PER_ROOM;
  console.error(
    `load: ${clients} clients in ${LOAD_ROOMS} rooms, ${WRITERS_PER_ROOM} writers per room at ${EDITS_PER_SECOND} edits/s (${rounds} rounds)`,
  );
  const setups = { ours: await setUpLoad(servers.ours), reference: await setUpLoad(servers.reference) };
  try {
    for (const kind of ['ours', 'reference'] as const) await loadRound(setups[kind]);
    const runs: Record<ServerKind, LoadRound[]> = { ours: [], reference: [] };
    for (let index = 0; index < rounds; index += 1) {
      const order: ServerKind[] = index % 2 === 0 ? ['ours', 'reference'] : ['reference', 'ours'];
      for (const kind of order) runs[kind].push(await loadRound(setups[kind]));
    }
    const label = `${clients} clients, ${LOAD_ROOMS} rooms`;
    compareRounds(`load latency p50 (${label})`, 'ms', ...pick(runs, (run) => run.p50Ms));
    compareRounds(`load latency p99 (${label})`, 'ms', ...pick(runs, (run) => run.p99Ms));
    compareRounds('load relay CPU (share of one core)', 'cores', ...pick(runs, (run) => run.cpuCores));
    compareRounds(
      'load relay CPU per 1,000 delivered messages',
      'ms',
      ...pick(runs, (run) => run.cpuPerThousandMs),
    );
    const missing = (kind: ServerKind) => runs[kind].reduce((sum, run) => sum + run.missing, 0);
    const rate = (kind: ServerKind) => Math.round(median(runs[kind].map((run) => run.sentPerSecond)));
    const target = LOAD_ROOMS * WRITERS_PER_ROOM * EDITS_PER_SECOND;
    notes.push(
      `load: light clients (raw ws + y-protocols); deliveries not seen within 5 s of the window's end: ` +
        `ours ${missing('ours')}, reference ${missing('reference')}; edits sent per second (target ${target}; ` +
        `below it the bench process, not the relay, is the limit): ours ${rate('ours')}, reference ${rate('reference')}`,
    );
    // A side's rounds of one figure as "median unit (smallest–largest)".
    const inRounds = (kind: ServerKind, figure: (run: LoadRound) => number, unit: string, digits: number) => {
      const { value, spread } = measuredInRounds('load note', unit, runs[kind].map(figure));
      const [low, high] = spread.map((bound) => bound.toFixed(digits));
      return `${value.toFixed(digits)} ${unit} (${low}–${high})`;
    };
    // How much of a delivery's latency can be the bench's own: its event loop's delay while the windows ran.
    const benchDelay = (kind: ServerKind) => inRounds(kind, (run) => run.benchDelayP99Ms, 'ms', 1);
    notes.push(
      `load: the bench process's own event-loop delay p99 during the windows, median of rounds (spread): ` +
        `ours' rounds ${benchDelay('ours')}, reference's ${benchDelay('reference')}; a delivery that lands while ` +
        `the bench is busy is counted that much late`,
    );
    // How much of it can be the machine's: the relay's event loop ready to run while both cores were taken.
    const relayWait = (kind: ServerKind) => inRounds(kind, (run) => run.relayWaitMsPerSecond, 'ms/s', 0);
    notes.push(
      `load: each relay's event loop waited for a CPU while ready to run, per second of window, median of rounds ` +
        `(spread): ours ${relayWait('ours')}, reference ${relayWait('reference')}; messages that arrive meanwhile ` +
        `wait too, so rounds in which this is high have a high p99 on either server`,
    );
  } finally {
    await Promise.all([setups.ours.close(), setups.reference.close()]);
  }
}

function pick<T>(runs: Record<ServerKind, T[]>, figure: (run: T) => number): [number[], number[]] {
  return [runs.ours.map(figure), runs.reference.map(figure)];
}

async function memoryBenchmark(): Promise<void> {
  const rounds = Number(values['memory-rounds']);
  console.error(
    `memory: ${ROOMS} rooms opened, then all clients gone; then ${LOADED_ROOMS} rooms held open (${rounds} rounds)`,
  );
  const runs: Record<ServerKind, MemoryRun[]> = { ours: [], reference: [] };
  for (let index = 0; index < rounds; index += 1) {
    const order: ServerKind[] = index % 2 === 0 ? ['ours', 'reference'] : ['reference', 'ours'];
    for (const kind of order) {
      // A fresh process each, so earlier benchmarks and rounds do not count.
      const server = await startServer(kind);
      try {
        runs[kind].push(await memoryRun(server));
      } finally {
        await server.stop();
      }
    }
  }
  const MiB = 1024 * 1024;
  const KiB = 1024;
  const loaded = runs.ours.map((run) => run.roomsLoaded);
  notes.push(
    `memory: our relay holds ${Math.max(...loaded.map(Number))} of the ${ROOMS} rooms afterwards (it unloads rooms ` +
      'nobody has open; the reference without persistence keeps every room); a fresh process per round and server',
  );
  compareRounds(
    `relay RSS after ${ROOMS} rooms opened and left`,
    'MiB',
    ...pick(runs, (run) => run.afterBytes / MiB),
  );
  compareRounds(
    `relay RSS growth after ${ROOMS} rooms opened and left`,
    'MiB',
    ...pick(runs, (run) => (run.afterBytes - run.beforeBytes) / MiB),
  );
  compareRounds('relay RSS before opening the rooms', 'MiB', ...pick(runs, (run) => run.beforeBytes / MiB));
  compareRounds(
    `relay RSS per loaded room (${LOADED_ROOMS} rooms, 1 client each)`,
    'KiB',
    ...pick(runs, (run) => run.perLoadedRoomBytes / KiB),
  );
}

async function editorBenchmarks(): Promise<void> {
  console.error('editor in Node: headless Lexical, 1,000 paragraphs');
  results.add(await runEditorBench());
  const rounds = Number(values['editor-rounds']);
  console.error(
    `editor in Chromium: 3 and 1,000 paragraphs, ${rounds} rounds, the drafts' order alternating`,
  );
  results.add(await runChromiumEditorBench(rounds, values['editor-web']));
  notes.push(
    `editor in Chromium: median of ${rounds} rounds (after one unmeasured round), spread = smallest–largest round`,
  );
}

async function fieldBenchmarks(): Promise<void> {
  const rounds = Number(values['field-rounds']);
  console.error(
    `field conditions in Chromium: 400 kbit/s and 1.6 Mbit/s with 400 ms round trips, ${rounds} rounds`,
  );
  results.add(await runFieldBench(rounds));
  notes.push(
    `field: median of ${rounds} rounds, spread = smallest–largest round; bytes as encoded on the wire`,
  );
}

async function libraryBenchmarks(): Promise<void> {
  const rounds = Number(values['library-rounds']);
  console.error(`library in Chromium: 10,000 synthetic entries, ${rounds} rounds after a warm-up`);
  results.add(await runLibraryBench(rounds));
  notes.push(
    `library in Chromium: median of ${rounds} rounds (after one unmeasured round), spread = smallest–largest round; ` +
      'targets: search p95 < 10 ms, searchable < 1,000 ms, longest block < 50 ms',
  );
}

const started = performance.now();
if (only.has('fanout') || only.has('traces') || only.has('load')) await relayBenchmarks();
if (only.has('memory')) await memoryBenchmark();
if (only.has('editor')) await editorBenchmarks();
if (only.has('library')) await libraryBenchmarks();
if (only.has('field')) await fieldBenchmarks();
// Two relay instances on PostgreSQL + Redis (tests/bench/cluster.ts): only with --only cluster, as it needs both.
if (only.has('cluster')) {
  console.error('cluster: two instances on PostgreSQL + Redis against one (and one SQLite relay), 5 rounds');
  results.add(await runClusterBench());
  notes.push(
    'cluster: median of 5 rounds (order alternating, after one unmeasured round), spread = smallest–largest round',
  );
}
// SQLite's checkpoint, our relay's storage alone (tests/bench/checkpoints.ts): only with --only checkpoints.
if (only.has('checkpoints')) {
  const rounds = Number(values['checkpoint-rounds']);
  console.error(
    `checkpoints: the SQLite room log at the load bench's pace, ${CHECKPOINT_ROUND_SECONDS} s rounds, ${rounds} rounds`,
  );
  results.add(await runCheckpointBench(rounds));
  notes.push(
    `checkpoints: median of ${rounds} rounds (the two ways alternating), spread = smallest–largest round; ` +
      'an append waits for its commit, and the commit that takes the log past 1,000 pages runs the checkpoint',
  );
}
results.print();
console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ results: results.figures }, null, 2)}\n`);
// Stock providers leave timers behind; the run is over.
process.exit(0);
