// `npm run bench`: our relay and the reference y-websocket server measured side by side in one run, with the
// same clients, rounds interleaved (ours, reference, reference, ours, ...) after unmeasured warm-up rounds
// (each server process's JIT compiles its hot paths on the first traffic it sees). Prints a table; with
// `-- --json FILE` also writes { results: [{ name, unit, value, reference?, ratio? }] } (ratio = ours / reference,
// so at most 1.0 means we are at least as fast or as small). `-- --only editor` runs the editor figures alone (headless
// Lexical, then the live editor in Chromium: tests/bench/editor-chromium.ts); `-- --only field` the slow-link
// figures (first visit, joining, repeat visit, opening a draft, bytes per keystroke: tests/bench/field-conditions.ts).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { percentile } from './clients';
import { runChromiumEditorBench } from './editor-chromium';
import { EDITS_PER_ROUND, fanoutRound, READERS } from './fanout';
import { runFieldBench } from './field-conditions';
import { runLibraryBench } from './library-chromium';
import { type MemoryRun, memoryRun, ROOMS } from './memory';
import { replayConcurrent, replaySequential, SEQUENTIAL_READERS } from './replay';
import { type BenchServer, type ServerKind, startServer } from './servers';
import { concurrentTrace, sequentialTrace } from './traces';

interface Result {
  name: string;
  unit: string;
  value: number;
  reference?: number;
  ratio?: number;
  /** Smallest and largest round, for figures that are a median of rounds. */
  spread?: [number, number];
}

const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    only: { type: 'string' },
    'warmup-rounds': { type: 'string', default: '1' },
    'fanout-rounds': { type: 'string', default: '3' },
    'trace-rounds': { type: 'string', default: '2' },
    'automerge-txns': { type: 'string', default: '30000' },
    'editor-rounds': { type: 'string', default: '5' },
    'library-rounds': { type: 'string', default: '5' },
    // Another renderer build to measure the editor in (a before/after comparison); dist/renderer by default.
    'editor-web': { type: 'string' },
    // The field bench (slow links in Chromium): rounds per network profile.
    'field-rounds': { type: 'string', default: '5' },
  },
});
const only = new Set((values.only ?? 'fanout,traces,memory,editor,field').split(','));
const results: Result[] = [];
const notes: string[] = [];

const warmupRounds = Number(values['warmup-rounds']);
const warmupLabel = `after ${warmupRounds} unmeasured warm-up round${warmupRounds === 1 ? '' : 's'} per server`;

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const mean = (list: number[]) => list.reduce((sum, value) => sum + value, 0) / list.length;

function compare(name: string, unit: string, ours: number, reference: number): void {
  results.push({
    name,
    unit,
    value: round(ours),
    reference: round(reference),
    ratio: round(ours / reference, 3),
  });
}

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
      const summary = (kind: ServerKind) => {
        const latencies = runs[kind].flatMap((run) => run.latenciesMs).sort((a, b) => a - b);
        const delivered = runs[kind].reduce((sum, run) => sum + run.delivered, 0);
        const cpu = runs[kind].reduce((sum, run) => sum + run.cpuSeconds, 0);
        return {
          p50: percentile(latencies, 50),
          p99: percentile(latencies, 99),
          cpu: (cpu * 1000 * 1000) / delivered,
        };
      };
      const [ours, reference] = [summary('ours'), summary('reference')];
      compare('fan-out latency p50 (1 writer, 49 readers)', 'ms', ours.p50, reference.p50);
      compare('fan-out latency p99 (1 writer, 49 readers)', 'ms', ours.p99, reference.p99);
      compare('fan-out relay CPU per 1,000 delivered messages', 'ms', ours.cpu, reference.cpu);
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
      compare(
        `automerge-paper replay, ${label}, to ${SEQUENTIAL_READERS} readers`,
        's',
        mean(seq.ours.map((r) => r.seconds)),
        mean(seq.reference.map((r) => r.seconds)),
      );
      compare(
        'automerge-paper replay relay CPU',
        's',
        mean(seq.ours.map((r) => r.cpuSeconds)),
        mean(seq.reference.map((r) => r.cpuSeconds)),
      );

      const concurrent = concurrentTrace('friendsforever');
      console.error(
        `friendsforever: ${concurrent.txns} txns by ${concurrent.agents} writers (${warmupLabel})`,
      );
      const con = await interleaved(servers, rounds, (server, index) =>
        replayConcurrent(server, concurrent, index),
      );
      compare(
        `friendsforever replay, ${concurrent.agents} concurrent writers`,
        's',
        mean(con.ours.map((r) => r.seconds)),
        mean(con.reference.map((r) => r.seconds)),
      );
      compare(
        'friendsforever replay relay CPU',
        's',
        mean(con.ours.map((r) => r.cpuSeconds)),
        mean(con.reference.map((r) => r.cpuSeconds)),
      );
    }
  } finally {
    await Promise.all([servers.ours.stop(), servers.reference.stop()]);
  }
}

async function memoryBenchmark(): Promise<void> {
  console.error(`memory: ${ROOMS} rooms opened, then all clients gone`);
  const runs: Partial<Record<ServerKind, MemoryRun>> = {};
  for (const kind of ['ours', 'reference'] as const) {
    // A fresh process each, so earlier benchmarks do not count.
    const server = await startServer(kind);
    try {
      runs[kind] = await memoryRun(server);
    } finally {
      await server.stop();
    }
  }
  const MiB = 1024 * 1024;
  const ours = runs.ours as MemoryRun;
  const reference = runs.reference as MemoryRun;
  notes.push(
    `memory: our relay holds ${ours.roomsLoaded} of the ${ROOMS} rooms afterwards (it unloads rooms nobody has open; ` +
      'the reference without persistence keeps every room); RSS stays up after unloading because V8 keeps freed heap pages',
  );
  compare(
    `relay RSS after ${ROOMS} rooms unloaded`,
    'MiB',
    ours.afterBytes / MiB,
    reference.afterBytes / MiB,
  );
  compare(
    `relay RSS growth after ${ROOMS} rooms unloaded`,
    'MiB',
    (ours.afterBytes - ours.beforeBytes) / MiB,
    (reference.afterBytes - reference.beforeBytes) / MiB,
  );
  results.push({
    name: 'relay RSS before opening the rooms',
    unit: 'MiB',
    value: round(ours.beforeBytes / MiB),
    reference: round(reference.beforeBytes / MiB),
  });
}

async function editorBenchmarks(): Promise<void> {
  // The editor issue adds tests/bench/editor-open-type.ts; esbuild bundles it when it exists.
  const benchName = 'open-type';
  let module: { runEditorBench?: () => Promise<Result[]> };
  try {
    module = await import(`./editor-${benchName}.ts`);
  } catch {
    notes.push('editor benchmarks: tests/bench/editor-open-type.ts is not there yet');
    return;
  }
  for (const result of (await module.runEditorBench?.()) ?? []) {
    results.push({ ...result, value: round(result.value) });
  }
  const rounds = Number(values['editor-rounds']);
  console.error(
    `editor in Chromium: 3 and 1,000 paragraphs, ${rounds} rounds, the drafts' order alternating`,
  );
  for (const figure of await runChromiumEditorBench(rounds, values['editor-web'])) {
    results.push({
      ...figure,
      value: round(figure.value),
      spread: [round(figure.spread[0]), round(figure.spread[1])],
    });
  }
  notes.push(
    `editor in Chromium: median of ${rounds} rounds (after one unmeasured round), spread = smallest–largest round`,
  );
}

async function fieldBenchmarks(): Promise<void> {
  const rounds = Number(values['field-rounds']);
  console.error(
    `field conditions in Chromium: 400 kbit/s and 1.6 Mbit/s with 400 ms round trips, ${rounds} rounds`,
  );
  for (const figure of await runFieldBench(rounds)) {
    results.push({
      ...figure,
      value: round(figure.value),
      spread: [round(figure.spread[0]), round(figure.spread[1])],
    });
  }
  notes.push(
    `field: median of ${rounds} rounds, spread = smallest–largest round; bytes as encoded on the wire`,
  );
}

async function libraryBenchmarks(): Promise<void> {
  const rounds = Number(values['library-rounds']);
  console.error(`library in Chromium: 10,000 synthetic entries, ${rounds} rounds after a warm-up`);
  for (const figure of await runLibraryBench(rounds)) {
    results.push({
      ...figure,
      value: round(figure.value),
      spread: [round(figure.spread[0]), round(figure.spread[1])],
    });
  }
  notes.push(
    `library in Chromium: median of ${rounds} rounds (after one unmeasured round), spread = smallest–largest round; ` +
      'targets: search p95 < 10 ms, searchable < 1,000 ms, longest block < 50 ms',
  );
}

function printTable(): void {
  const rows = results.map((result) => [
    result.name,
    `${result.value} ${result.unit}`,
    result.reference === undefined ? '' : `${result.reference} ${result.unit}`,
    result.ratio === undefined ? '' : result.ratio.toFixed(2),
    result.spread === undefined ? '' : `${result.spread[0]}–${result.spread[1]}`,
  ]);
  const header = ['benchmark', 'commons relay', 'reference', 'ratio', 'spread'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] as number) : cell.padStart(widths[column] as number),
      )
      .join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
  for (const note of notes) console.log(`note: ${note}`);
  console.log(
    'ratio = commons relay / reference (@y/websocket-server 0.1.1); 1.00 or less means at least as good.',
  );
}

const started = performance.now();
if (only.has('fanout') || only.has('traces')) await relayBenchmarks();
if (only.has('memory')) await memoryBenchmark();
if (only.has('editor')) await editorBenchmarks();
if (only.has('library')) await libraryBenchmarks();
if (only.has('field')) await fieldBenchmarks();
printTable();
console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ results }, null, 2)}\n`);
// Stock providers leave timers behind; the run is over.
process.exit(0);
