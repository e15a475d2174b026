// The relay as a cluster: two instances of the built commons-relay CLI on one fresh PostgreSQL database
// (127.0.0.1:5432, database `test`, trust auth; a new database per run, dropped afterwards) and the machine's
// Redis (127.0.0.1:6379; rooms are named per run, so channels never collide), against one instance on SQLite.
// Three comparisons, each over `rounds` rounds whose order alternates, reported as the median round and the
// spread (smallest–largest round):
//  - a reader on the other instance against a reader on the writer's instance (p50 and p99 of each round);
//  - the p99 of readers on a PostgreSQL instance against readers on a SQLite instance, the same clients;
//  - the two-writer friendsforever trace with one writer on each instance against both on one instance.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import * as Y from 'yjs';
import { type BenchClient, connect, pause, percentile, whenDoc, within } from './clients';
import { BENCH_SPACE, type BenchServer } from './servers';
import { type ConcurrentReplay, concurrentTrace } from './traces';

/** A median of rounds against its reference's median (ratio = value / reference), with both spreads. */
export interface ClusterFigure {
  name: string;
  unit: string;
  value: number;
  reference: number;
  ratio: number;
  spread: [number, number];
  referenceSpread: [number, number];
}

const ROOT = resolve(import.meta.dirname, '../..');
const SECRET = 'bench-secret-not-for-production';
const ADMIN_URL =
  process.env.COMMONS_TEST_POSTGRES_URL ?? `postgres://${userInfo().username}@127.0.0.1:5432/test`;
const REDIS_URL = process.env.COMMONS_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Readers per instance, and edits one writer makes per latency round (10 ms apart, as a fast typist). */
const READERS = 5;
const EDITS = 200;

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const median = (list: number[]) =>
  round(
    percentile(
      [...list].sort((a, b) => a - b),
      50,
    ),
  );
const spreadOf = (list: number[]): [number, number] => [round(Math.min(...list)), round(Math.max(...list))];

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `the cluster bench needs PostgreSQL at ${ADMIN_URL} (${(error as Error).message}); start it or set COMMONS_TEST_POSTGRES_URL`,
    );
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function checkRedis(): Promise<void> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(
      `the cluster bench needs Redis at ${REDIS_URL} (${(error as Error).message}); start it or set COMMONS_BENCH_REDIS_URL`,
    );
  } finally {
    redis.disconnect();
  }
}

interface Instance extends BenchServer {
  child: ChildProcess;
}

/** One commons-relay process; `storage` is extra flags (--database/--redis), SQLite in `dataDir` without. */
async function startInstance(
  cli: string,
  dataDir: string,
  storage: string[],
  token: string,
): Promise<Instance> {
  const child = spawn(
    process.execPath,
    [cli, '--port', '0', '--host', '127.0.0.1', '--data', dataDir, ...storage, ...UNCAPPED],
    {
      env: { ...process.env, COMMONS_RELAY_SECRET: SECRET, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // A bench that throws half-way leaves no relay running behind it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let output = '';
  const port = await new Promise<number>((done, fail) => {
    const read = (chunk: Buffer) => {
      // Only the start-up is kept (for the error below); later output is read and dropped.
      if (output.length > 100_000) return;
      output += chunk.toString();
      const found = /listening on [^\s]*?:(\d+)/.exec(output);
      if (found) done(Number(found[1]));
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(new Error(`a bench relay exited with ${code}:\n${output}`)));
  });
  return {
    child,
    kind: 'ours',
    wsUrl: `ws://127.0.0.1:${port}`,
    params: { token },
    cpuSeconds: () => 0,
    rssBytes: () => 0,
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

const UNCAPPED = [
  '--max-connections-per-member',
  '1000000',
  '--max-connections-per-address',
  '1000000',
  '--max-rooms-per-member',
  '1000000',
];

const memberToken = (cli: string, dataDir: string, storage: string[]) =>
  execFileSync(
    process.execPath,
    [
      cli,
      'token',
      '--data',
      dataDir,
      ...storage,
      '--space',
      BENCH_SPACE,
      '--role',
      'editor',
      '--name',
      'Bench',
    ],
    { env: { ...process.env, COMMONS_RELAY_SECRET: SECRET, LOG_LEVEL: 'warn' } },
  )
    .toString()
    .trim();

/** How long each of one writer's edits takes to reach each reader group: latencies per group, in ms. */
async function latencyRound(room: string, writerOn: BenchServer, groups: BenchServer[]): Promise<number[][]> {
  const writer = connect(writerOn, room);
  const readers = groups.map((server) => Array.from({ length: READERS }, () => connect(server, room)));
  const everyone = [writer, ...readers.flat()];
  try {
    await within(
      60_000,
      'connecting the cluster clients',
      Promise.all(everyone.map((client) => client.synced)),
    );
    const sentAt: number[] = [];
    const latencies = groups.map((): number[] => []);
    const arrived = readers.flatMap((group, index) =>
      group.map((reader) => {
        const edits = reader.doc.getArray<number>('edits');
        edits.observe((event: Y.YArrayEvent<number>) => {
          const now = performance.now();
          for (const change of event.changes.delta) {
            for (const edit of (change.insert as number[] | undefined) ?? []) {
              latencies[index]?.push(now - (sentAt[edit] as number));
            }
          }
        });
        return whenDoc(reader.doc, () => edits.length === EDITS);
      }),
    );
    const edits = writer.doc.getArray<number>('edits');
    for (let edit = 0; edit < EDITS; edit += 1) {
      sentAt[edit] = performance.now();
      edits.push([edit]);
      await pause(10);
    }
    await within(60_000, 'delivering the edits', Promise.all(arrived));
    return latencies.map((list) => list.sort((a, b) => a - b));
  } finally {
    for (const client of everyone) client.destroy();
    await pause(200);
  }
}

/** The concurrent trace with writer i on servers[i]; seconds until both hold the whole text. */
async function traceRound(room: string, servers: BenchServer[], trace: ConcurrentReplay): Promise<number> {
  const writers = Array.from({ length: trace.agents }, (_, agent) =>
    connect(servers[agent % servers.length] as BenchServer, room),
  );
  try {
    await within(60_000, 'connecting the trace writers', Promise.all(writers.map((client) => client.synced)));
    const done = Promise.all(
      writers.map((writer) => {
        const text = writer.doc.getText('text');
        return whenDoc(
          writer.doc,
          () => text.length === trace.expected.length && text.toString() === trace.expected,
        );
      }),
    );
    const started = performance.now();
    for (const [index, step] of trace.steps.entries()) {
      for (const update of step.updates) Y.applyUpdate((writers[step.agent] as BenchClient).doc, update);
      // Twenty transactions, then the event loop: sockets drain as a fast typist's would (as replay.ts does).
      if (index % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
    }
    await within(300_000, 'the split trace', done);
    return (performance.now() - started) / 1000;
  } finally {
    for (const client of writers) client.destroy();
    await pause(200);
  }
}

/**
 * Runs the cluster bench: `rounds` rounds (COMMONS_CLUSTER_BENCH_ROUNDS, 5 by default) with `cli`, the built relay
 * (BENCH_CLUSTER_CLI for another build, as a before/after comparison; dist/server/cli.mjs by default).
 */
export async function runClusterBench(
  rounds = Number(process.env.COMMONS_CLUSTER_BENCH_ROUNDS ?? 5),
  cli = process.env.BENCH_CLUSTER_CLI ?? join(ROOT, 'dist/server/cli.mjs'),
): Promise<ClusterFigure[]> {
  if (!Number.isSafeInteger(rounds) || rounds < 1)
    throw new Error('the cluster bench needs at least one round');
  await checkRedis();
  const run = randomBytes(4).toString('hex');
  const database = `commons_bench_${run}`;
  await adminQuery(`CREATE DATABASE ${database}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  const shared = ['--database', url.toString(), '--redis', REDIS_URL];
  const folders = [0, 1, 2].map(() => mkdtempSync(join(tmpdir(), 'commons-cluster-bench-')));
  const instances: Instance[] = [];
  try {
    const clusterToken = memberToken(cli, folders[0] as string, shared);
    const sqliteToken = memberToken(cli, folders[2] as string, []);
    const [first, second, sqlite] = [
      await startInstance(cli, folders[0] as string, shared, clusterToken),
      await startInstance(cli, folders[1] as string, shared, clusterToken),
      await startInstance(cli, folders[2] as string, [], sqliteToken),
    ] as [Instance, Instance, Instance];
    instances.push(first, second, sqlite);
    const trace = concurrentTrace('friendsforever');
    const room = (what: string, index: number | string) =>
      `${BENCH_SPACE}/doc/cluster-${run}-${what}-${index}`;

    // One unmeasured round of each, so every process has compiled its hot paths.
    await latencyRound(room('warm', 0), first, [first, second]);
    await latencyRound(room('warm', 1), sqlite, [sqlite]);
    await traceRound(room('warm-trace', 0), [first, second], trace);
    await traceRound(room('warm-trace', 1), [first], trace);

    const same = { p50: [] as number[], p99: [] as number[] };
    const other = { p50: [] as number[], p99: [] as number[] };
    const onSqlite: number[] = [];
    const split: number[] = [];
    const together: number[] = [];
    for (let index = 0; index < rounds; index += 1) {
      const clusterFirst = index % 2 === 0;
      // The writer alternates between the instances, so neither instance is always the one writing.
      const [writerOn, otherOne] = clusterFirst ? [first, second] : [second, first];
      const measureCluster = async () => {
        const [near, far] = (await latencyRound(room('latency', index), writerOn, [writerOn, otherOne])) as [
          number[],
          number[],
        ];
        same.p50.push(percentile(near, 50));
        same.p99.push(percentile(near, 99));
        other.p50.push(percentile(far, 50));
        other.p99.push(percentile(far, 99));
      };
      const measureSqlite = async () => {
        const [near] = (await latencyRound(room('sqlite', index), sqlite, [sqlite])) as [number[]];
        onSqlite.push(percentile(near, 99));
      };
      const measureSplit = async () =>
        split.push(await traceRound(room('split', index), [first, second], trace));
      const measureTogether = async () =>
        together.push(await traceRound(room('together', index), [writerOn], trace));
      for (const step of clusterFirst
        ? [measureCluster, measureSqlite, measureSplit, measureTogether]
        : [measureSqlite, measureCluster, measureTogether, measureSplit]) {
        await step();
      }
      console.error(
        `cluster round ${index + 1}/${rounds}: other ${other.p50.at(-1)?.toFixed(1)} / same ${same.p50.at(-1)?.toFixed(1)} ms p50, ` +
          `p99 pg ${same.p99.at(-1)?.toFixed(1)} / sqlite ${onSqlite.at(-1)?.toFixed(1)} ms, ` +
          `trace split ${split.at(-1)?.toFixed(2)} / together ${together.at(-1)?.toFixed(2)} s`,
      );
    }
    const figure = (name: string, unit: string, ours: number[], reference: number[]): ClusterFigure => ({
      name,
      unit,
      value: median(ours),
      reference: median(reference),
      ratio: round(median(ours) / median(reference), 3),
      spread: spreadOf(ours),
      referenceSpread: spreadOf(reference),
    });
    return [
      figure('cluster: reader on the other instance p50 (vs writer’s instance)', 'ms', other.p50, same.p50),
      figure('cluster: reader on the other instance p99 (vs writer’s instance)', 'ms', other.p99, same.p99),
      figure('cluster: reader p99 on PostgreSQL + Redis (vs one SQLite relay)', 'ms', same.p99, onSqlite),
      figure('cluster: friendsforever, writers on two instances (vs one instance)', 's', split, together),
    ];
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}
