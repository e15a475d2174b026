// The relay as a cluster: two instances of the built commons-relay CLI on one fresh PostgreSQL database
// (127.0.0.1:5432, database `test`, trust auth; a new database per run, dropped afterwards) and the machine's
// Redis (127.0.0.1:6379; rooms are named per run, so channels never collide), against one instance on SQLite.
// Three comparisons, each over `rounds` rounds whose order alternates, reported as the median round and the
// spread (smallest–largest round):
//  - a reader on the other instance against a reader on the writer's instance (p50 and p99 of each round);
//  - the p99 of readers on a PostgreSQL instance against readers on a SQLite instance, the same clients;
//  - the two-writer friendsforever trace with one writer on each instance against both on one instance.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type * as Y from 'yjs';
import { connect, pause, percentile, whenDoc, within } from './clients';
import { sendConcurrentTrace, untilAllHold } from './replay';
import { type ComparedFigure as ClusterFigure, comparedInRounds } from './results';
import { BENCH_SPACE, type BenchServer, memberToken, relayCli, spawnRelay } from './servers';
import { type ConcurrentReplay, concurrentTrace } from './traces';

/** A median of rounds against its reference's median (ratio = value / reference), with both spreads. */
export type { ComparedFigure as ClusterFigure } from './results';

const ADMIN_URL =
  process.env.COMMONS_TEST_POSTGRES_URL ?? `postgres://${userInfo().username}@127.0.0.1:5432/test`;
const REDIS_URL = process.env.COMMONS_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Readers per instance, and edits one writer makes per latency round (10 ms apart, as a fast typist). */
const READERS = 5;
const EDITS = 200;

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

/** One commons-relay process (servers.ts' spawnRelay); `storage` is extra flags (--database/--redis). */
async function startInstance(
  cli: string,
  dataDir: string,
  storage: string[],
  token: string,
): Promise<BenchServer> {
  const { child, port } = await spawnRelay(cli, dataDir, storage);
  return {
    kind: 'ours',
    wsUrl: `ws://127.0.0.1:${port}`,
    params: { token },
    cpuSeconds: () => 0,
    runQueueWaitSeconds: () => 0,
    rssBytes: () => 0,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

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
    const done = untilAllHold(writers, trace.expected);
    const started = performance.now();
    await sendConcurrentTrace(writers, trace);
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
  cli = process.env.BENCH_CLUSTER_CLI ?? relayCli(),
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
  const instances: BenchServer[] = [];
  try {
    const clusterToken = memberToken(cli, folders[0] as string, shared);
    const sqliteToken = memberToken(cli, folders[2] as string, []);
    const [first, second, sqlite] = [
      await startInstance(cli, folders[0] as string, shared, clusterToken),
      await startInstance(cli, folders[1] as string, shared, clusterToken),
      await startInstance(cli, folders[2] as string, [], sqliteToken),
    ] as [BenchServer, BenchServer, BenchServer];
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
    return [
      comparedInRounds(
        'cluster: reader on the other instance p50 (vs writer’s instance)',
        'ms',
        other.p50,
        same.p50,
      ),
      comparedInRounds(
        'cluster: reader on the other instance p99 (vs writer’s instance)',
        'ms',
        other.p99,
        same.p99,
      ),
      comparedInRounds(
        'cluster: reader p99 on PostgreSQL + Redis (vs one SQLite relay)',
        'ms',
        same.p99,
        onSqlite,
      ),
      comparedInRounds(
        'cluster: friendsforever, writers on two instances (vs one instance)',
        's',
        split,
        together,
      ),
    ];
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}
