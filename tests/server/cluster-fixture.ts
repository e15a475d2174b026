// Fixtures for cluster tests: a private redis-server child process per test (so it can be stopped and
// restarted without touching the machine's Redis), relay instances as child processes on shared PostgreSQL
// and Redis, and a tiny TCP load balancer that can be pointed at another instance; sharedClusterPerFile() gives a
// test file its own database and Redis and tears down everything it started.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { issueMember } from '../../server/admin';
import { createRelay, type Relay, type RelayOptions } from '../../server/relay';
import type { Role } from '../../shared/roles';
import { createTestDatabase, type TestDatabase } from './postgres-fixture';
import { ensureCliBuilt } from './support/build-cli';
import { connectClient, TEST_SECRET, type TestClient, tempDir } from './support/relay';

export interface TestRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts a throwaway redis-server; fails clearly when redis-server is not installed. */
export async function startRedis(): Promise<TestRedis> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error(
      'redis-server is required by this test but was not found on PATH (apt-get install redis-server)',
    );
  }
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    await waitForPort(port);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    async stop() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      running.kill('SIGKILL');
      await once(running, 'exit');
    },
  };
}

export interface RelayInstance {
  child: ChildProcess;
  port: number;
  url: string;
  wsUrl: string;
  /** Stops it cleanly (SIGTERM) and waits for the exit. */
  stop(): Promise<void>;
  /** Kills it at once, as a crash would. */
  kill(): Promise<void>;
}

export interface InstanceOptions {
  dataDir: string;
  secret: string;
  databaseUrl?: string;
  redisUrl?: string;
  port?: number;
}

/** Runs `commons-relay` as an operator would, with the shared secret in COMMONS_RELAY_SECRET. */
export async function startInstance(options: InstanceOptions): Promise<RelayInstance> {
  const cli = await ensureCliBuilt();
  const port = options.port ?? (await freePort());
  const args = [cli, '--port', String(port), '--host', '127.0.0.1', '--data', options.dataDir];
  if (options.databaseUrl) args.push('--database', options.databaseUrl);
  if (options.redisUrl) args.push('--redis', options.redisUrl);
  const child = spawn(process.execPath, args, {
    env: { ...process.env, COMMONS_RELAY_SECRET: options.secret, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`relay exited with ${code} before listening:\n${output}`)));
  });
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  return {
    child,
    port,
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

export interface LoadBalancer {
  wsUrl: string;
  /** Where new connections go; null refuses them (as a balancer with no healthy backend). */
  target: number | null;
  close(): Promise<void>;
}

/** A TCP pass-through standing in for nginx: clients keep one address while instances come and go. */
export async function startLoadBalancer(target: number | null): Promise<LoadBalancer> {
  const sockets = new Set<Socket>();
  const balancer: LoadBalancer & { server?: Server } = { wsUrl: '', target, close: async () => {} };
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    if (balancer.target === null) {
      client.destroy();
      return;
    }
    const upstream = createConnection({ port: balancer.target, host: '127.0.0.1' });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  balancer.wsUrl = `ws://127.0.0.1:${port}`;
  balancer.close = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  };
  return balancer;
}

export interface SharedCluster {
  /** The file's own PostgreSQL database (set once beforeAll has run). */
  readonly database: TestDatabase;
  /** The file's own redis-server (set once beforeAll has run). */
  readonly redis: TestRedis;
  /** An in-process relay on the shared database and Redis, closed after the file's tests. */
  startRelay(options?: Partial<RelayOptions>): Promise<Relay>;
  /** A stock client, destroyed after the file's tests. */
  connect(wsUrl: string, room: string, token: string): TestClient;
  /** A member of the space 'ngo-network', issued straight into the shared database. */
  member(role: Role, name: string): Promise<{ token: string; memberId: string }>;
  /** Something else to stop after the file's tests, before Redis and the database go. */
  stopLater(stop: () => Promise<void>): void;
}

/** Gives the calling test file a fresh database and Redis, and stops everything it started afterwards. */
export function sharedClusterPerFile(): SharedCluster {
  let database: TestDatabase | undefined;
  let redis: TestRedis | undefined;
  const clients: TestClient[] = [];
  const stops: (() => Promise<void>)[] = [];
  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('the shared cluster is only ready inside tests (after beforeAll)');
    return value;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    redis = await startRedis();
  });

  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await Promise.all(stops.splice(0).map((stop) => stop()));
    await redis?.stop();
    await database?.drop();
  });

  const cluster: SharedCluster = {
    get database() {
      return started(database);
    },
    get redis() {
      return started(redis);
    },
    async startRelay(options = {}) {
      const dataDir = tempDir();
      const relay = await createRelay({
        port: 0,
        host: '127.0.0.1',
        dataDir,
        secret: TEST_SECRET,
        databaseUrl: cluster.database.url,
        redisUrl: cluster.redis.url,
        logger: pino({ level: 'silent' }),
        webRoot: `${dataDir}/no-web-build`,
        ...options,
      });
      stops.push(() => relay.close());
      return relay;
    },
    connect(wsUrl, room, token) {
      const client = connectClient(wsUrl, room, token);
      clients.push(client);
      return client;
    },
    member: (role, name) =>
      issueMember({
        dataDir: tempDir(),
        secret: TEST_SECRET,
        databaseUrl: cluster.database.url,
        space: 'ngo-network',
        role,
        name,
      }),
    stopLater(stop) {
      stops.push(stop);
    },
  };
  return cluster;
}
