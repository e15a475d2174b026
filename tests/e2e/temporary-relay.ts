// A stand-in for the relay used by the end-to-end fixture only until server/index.ts exports createRelay:
// serves dist/renderer, speaks y-websocket (reference server), checks tokens and answers /api/join and
// /api/invites the way the relay contract says. Tokens are random strings recorded in dataDir.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';
import type { Role } from '../../shared/roles';
import { parseRoomName } from '../../shared/rooms';

interface Member {
  space: string;
  role: Role;
  name: string;
}
interface Store {
  tokens: Record<string, Member>;
  invites: Record<string, { space: string; role: Role }>;
}

const storeFile = (dataDir: string) => join(dataDir, 'temporary-relay.json');
const load = (dataDir: string): Store =>
  existsSync(storeFile(dataDir))
    ? (JSON.parse(readFileSync(storeFile(dataDir), 'utf8')) as Store)
    : { tokens: {}, invites: {} };
const save = (dataDir: string, store: Store) => writeFileSync(storeFile(dataDir), JSON.stringify(store));

export async function issueMemberToken(options: {
  dataDir: string;
  space: string;
  role: Role;
  name: string;
}): Promise<string> {
  const store = load(options.dataDir);
  const token = randomBytes(24).toString('base64url');
  store.tokens[token] = { space: options.space, role: options.role, name: options.name };
  save(options.dataDir, store);
  return token;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export async function createRelay(options: {
  port: number;
  host: string;
  dataDir: string;
  webRoot?: string;
}): Promise<{ url: string; close(): Promise<void> }> {
  const webRoot = options.webRoot ?? join(process.cwd(), 'dist/renderer');
  const { dataDir } = options;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://relay');
    if (url.pathname === '/api/join' && req.method === 'POST') {
      const { space, invite, displayName } = await body(req);
      const store = load(dataDir);
      const found = typeof invite === 'string' ? store.invites[invite] : undefined;
      if (!found || found.space !== space || typeof displayName !== 'string') {
        return sendJson(res, 404, { error: 'this invite does not exist' });
      }
      const token = await issueMemberToken({
        dataDir,
        space: found.space,
        role: found.role,
        name: displayName,
      });
      return sendJson(res, 200, { token, role: found.role, space: found.space, memberId: token.slice(0, 8) });
    }
    if (url.pathname === '/api/invites' && req.method === 'POST') {
      const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      const store = load(dataDir);
      const owner = store.tokens[bearer];
      if (owner?.role !== 'owner') return sendJson(res, 403, { error: 'only owners invite' });
      const { role } = await body(req);
      const code = randomBytes(18).toString('base64url');
      store.invites[code] = { space: owner.space, role: role as Role };
      save(dataDir, store);
      return sendJson(res, 200, { code, link: `/#/join?space=${owner.space}&invite=${code}` });
    }
    const path = normalize(url.pathname === '/' ? '/index.html' : url.pathname);
    if (path.includes('..')) return sendJson(res, 400, { error: 'bad path' });
    try {
      const data = await readFile(join(webRoot, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(data);
    } catch {
      sendJson(res, 404, { error: 'not found' });
    }
  });

  const sockets = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://relay');
    const member = load(dataDir).tokens[url.searchParams.get('token') ?? ''];
    const room = parseRoomName(decodeURIComponent(url.pathname.slice(1)));
    if (!member || !room || room.space !== member.space) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req));
  });

  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
