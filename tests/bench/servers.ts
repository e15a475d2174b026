// The two relays under test, each a child process measured the same way from /proc: ours (the built
// commons-relay CLI, with member tokens and SQLite persistence on) and the reference @y/websocket-server 0.1.1.
// spawnRelay and memberToken also start the cluster bench's instances (cluster.ts).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type ServerKind = 'ours' | 'reference';

export interface BenchServer {
  kind: ServerKind;
  wsUrl: string;
  /** Query string every client adds (our relay needs a member token; the reference ignores it). */
  params: Record<string, string>;
  /** CPU seconds (user + system) the server process has used so far. */
  cpuSeconds(): number;
  /**
   * Seconds the server's main thread (its event loop) has spent so far ready to run but waiting for a CPU: on a
   * shared machine, time in which messages that had arrived waited through no fault of the server's.
   */
  runQueueWaitSeconds(): number;
  /** Resident memory in bytes. */
  rssBytes(): number;
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../..');
export const BENCH_SPACE = 'bench';
const SECRET = 'bench-secret-not-for-production';

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  await new Promise((done) => server.close(done));
  return typeof address === 'object' && address ? address.port : 0;
}

async function waitForPort(port: number): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const open = await new Promise<boolean>((done) => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.once('connect', () => {
        socket.destroy();
        done(true);
      });
      socket.once('error', () => done(false));
    });
    if (open) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`the server on port ${port} did not start`);
}

/**
 * CPU seconds the process has run, summed over its threads from /proc/<pid>/task/<tid>/schedstat (nanoseconds):
 * a fan-out round costs a few hundred ms, which /proc/<pid>/stat's clock ticks (10 ms) measure too coarsely.
 * Node's threads (main, V8 platform workers, libuv pool) live as long as the process, so none drops out.
 */
function cpuSeconds(pid: number): number {
  let nanoseconds = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      nanoseconds += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return nanoseconds / 1e9;
}

/** The second field of the main thread's schedstat: nanoseconds spent runnable on a run queue. */
function runQueueWaitSeconds(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e9;
}

function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

function measured(
  kind: ServerKind,
  child: ChildProcess,
  port: number,
  params: Record<string, string>,
  cleanup = () => {},
): BenchServer {
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start the ${kind} server`);
  return {
    kind,
    wsUrl: `ws://127.0.0.1:${port}`,
    params,
    cpuSeconds: () => cpuSeconds(pid),
    runQueueWaitSeconds: () => runQueueWaitSeconds(pid),
    rssBytes: () => rssBytes(pid),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      cleanup();
    },
  };
}

/** BENCH_CPU_PROF=DIR: our relay writes a V8 CPU profile there when it stops (open it in Chrome DevTools). */
const cpuProfile = () =>
  process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];

/** Every bench client shares one member token and one address, as the reference server's have no caps either. */
const UNCAPPED = [
  '--max-connections-per-member',
  '1000000',
  '--max-connections-per-address',
  '1000000',
  '--max-rooms-per-member',
  '1000000',
];

const relayEnv = () => ({ ...process.env, COMMONS_RELAY_SECRET: SECRET, LOG_LEVEL: 'warn' });

/** The built relay's CLI: dist/server/cli.mjs, or BENCH_RELAY_CLI (another build, for a before/after comparison). */
export const relayCli = (): string => process.env.BENCH_RELAY_CLI ?? join(ROOT, 'dist/server/cli.mjs');

/** A member token for the bench space from `cli` on the data folder (`storage`: --database, for PostgreSQL). */
export function memberToken(cli: string, dataDir: string, storage: string[] = []): string {
  return execFileSync(
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
    { env: relayEnv() },
  )
    .toString()
    .trim();
}

export interface RelayProcess {
  child: ChildProcess;
  port: number;
}

/**
 * Starts `cli` on a port of its choosing with every cap lifted, SQLite in `dataDir` unless `storage` says otherwise
 * (--database, --redis), and resolves with the port from its listening line. Its warnings go to this process's
 * stderr; a relay that exits before listening rejects with its output. A bench that throws half-way leaves no
 * relay running behind it.
 */
export async function spawnRelay(
  cli: string,
  dataDir: string,
  storage: string[] = [],
  nodeFlags: string[] = [],
): Promise<RelayProcess> {
  const child = spawn(
    process.execPath,
    [...nodeFlags, cli, '--port', '0', '--host', '127.0.0.1', '--data', dataDir, ...storage, ...UNCAPPED],
    { env: relayEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let output = '';
  const port = await new Promise<number>((done, fail) => {
    const read = (chunk: Buffer) => {
      // Only the start-up is kept (for the error below).
      if (output.length > 100_000) return;
      output += chunk.toString();
      const found = /listening on [^\s]*?:(\d+)/.exec(output);
      if (found) done(Number(found[1]));
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(new Error(`a bench relay exited with ${code}:\n${output}`)));
  });
  // From now on stdout is read and dropped (a full pipe would stall the relay), warnings are shown.
  child.stdout?.removeAllListeners('data');
  child.stderr?.removeAllListeners('data');
  child.stdout?.resume();
  child.stderr?.pipe(process.stderr);
  return { child, port };
}

/** Our relay from `cli`, measured as `kind` (the reference column holds another build with BENCH_REFERENCE_CLI). */
async function startRelayBuild(kind: ServerKind, cli: string): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'commons-bench-'));
  const token = memberToken(cli, dataDir);
  const { child, port } = await spawnRelay(cli, dataDir, [], cpuProfile());
  return measured(kind, child, port, { token }, () => rmSync(dataDir, { recursive: true, force: true }));
}

export const startOurRelay = (): Promise<BenchServer> => startRelayBuild('ours', relayCli());

/**
 * The reference @y/websocket-server, or with BENCH_REFERENCE_CLI=path/to/cli.mjs another build of our relay in its
 * place: two builds measured in the same interleaved rounds, which a busy machine cannot skew one way.
 */
export async function startReferenceServer(): Promise<BenchServer> {
  const otherBuild = process.env.BENCH_REFERENCE_CLI;
  if (otherBuild) return startRelayBuild('reference', otherBuild);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...cpuProfile(), join(ROOT, 'node_modules/@y/websocket-server/src/server.js')],
    {
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  await waitForPort(port);
  return measured('reference', child, port, {});
}

export const startServer = (kind: ServerKind): Promise<BenchServer> =>
  kind === 'ours' ? startOurRelay() : startReferenceServer();
