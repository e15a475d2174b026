// Fixtures for cluster tests: a private redis-server child process per test (so it can be stopped and
// restarted without touching the machine's Redis), relay instances as child processes on shared PostgreSQL
// and Redis, and a tiny TCP load balancer that can be pointed at another instance.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { ensureCliBuilt } from './support/build-cli';

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
