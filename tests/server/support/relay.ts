// Test fixtures: a relay on a random port over a temporary data folder, and stock y-websocket clients.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { issueMember } from '../../../server/admin';
import { createRelay, type Relay, type RelayOptions } from '../../../server/relay';
import type { Role } from '../../../shared/roles';
import { connectStockClient, type StockClient } from './stock-client';

export const TEST_SECRET = 'test-secret-for-the-relay-test-suite';

export interface TestRelay {
  relay: Relay;
  url: string;
  wsUrl: string;
  dataDir: string;
  /** Records a member in the relay's data folder and returns their token. */
  member(space: string, role: Role, name?: string): Promise<{ token: string; memberId: string }>;
  token(space: string, role: Role, name?: string): Promise<string>;
  close(): Promise<void>;
}

export function tempDir(prefix = 'commons-relay-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function startRelay(options: Partial<RelayOptions> = {}): Promise<TestRelay> {
  const dataDir = options.dataDir ?? tempDir();
  const relay = await createRelay({
    port: 0,
    host: '127.0.0.1',
    secret: TEST_SECRET,
    logger: pino({ level: 'silent' }),
    webRoot: join(dataDir, 'no-web-build'),
    ...options,
    dataDir,
  });
  const member = (space: string, role: Role, name = `${role} of ${space}`) =>
    issueMember({ dataDir, secret: options.secret ?? TEST_SECRET, space, role, name });
  let closed = false;
  return {
    relay,
    url: relay.url,
    wsUrl: relay.url.replace(/^http/, 'ws'),
    dataDir,
    member,
    token: async (space, role, name) => (await member(space, role, name)).token,
    async close() {
      if (closed) return;
      closed = true;
      await relay.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestClient = StockClient;

/** A stock client holding a member token, as the renderer connects to the relay. */
export function connectClient(wsUrl: string, room: string, token: string, doc = new Y.Doc()): TestClient {
  return connectStockClient(wsUrl, room, { token }, doc);
}

/** The stock clients a test opened, closed together when it ends so that no provider keeps reconnecting. */
export class OpenClients {
  private readonly clients: TestClient[] = [];

  connect(wsUrl: string, room: string, token: string): TestClient {
    const client = connectClient(wsUrl, room, token);
    this.clients.push(client);
    return client;
  }

  /** In the order they were opened. */
  get opened(): readonly TestClient[] {
    return this.clients;
  }

  closeAll(): void {
    for (const client of this.clients.splice(0)) client.destroy();
  }
}

/** Polls until the check passes; for state that settles over the network. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function health(url: string): Promise<{ status: string; rooms: number; connections: number }> {
  const response = await fetch(`${url}/healthz`);
  return (await response.json()) as { status: string; rooms: number; connections: number };
}

/** Opens a raw WebSocket and reports the HTTP status of a refused upgrade (or 101 when it opened). */
export function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('open', () => {
      resolve(101);
      ws.close();
    });
    ws.on('error', (error) => {
      if (!error.message.includes('Unexpected server response')) reject(error);
    });
  });
}
