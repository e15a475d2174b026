// Wires the relay together from its options: storage, rooms, membership, the WebSocket gateway and the
// HTTP routes on one server. Nothing listens until createRelay is called.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { setupLink } from './auth/links';
import { Membership } from './auth/membership';
import { resolveSecret } from './auth/secret';
import { Spaces } from './auth/spaces';
import { createCluster } from './cluster/cluster';
import { createLogger } from './operations/logger';
import { createMetrics } from './operations/metrics';
import { DEFAULT_PRESENCE_LIMITS, type PresenceLimits } from './protocol/presence';
import { pickRelayClientId } from './rooms/kinds/relay-writes';
import { createSessionPolicy } from './rooms/kinds/session';
import { RoomRegistry } from './rooms/registry';
import { SessionService } from './sessions/service';
import { openStorage, type StorageEngine } from './storage/open';
import type { RelayStorage } from './storage/storage';
import { type AddressScope, reachable } from './transport/address-scope';
import { createApi } from './transport/api/handler';
import { type ConnectionCaps, DEFAULT_CONNECTION_CAPS } from './transport/connection-limits';
import { createRequestHandler } from './transport/http';
import { ConnectionRateLimiter, type RateLimit } from './transport/rate-limit';
import { WebSocketGateway } from './transport/websocket';

export interface RelayOptions {
  port: number;
  host: string;
  dataDir: string;
  /** The built renderer to serve at /; default dist/renderer. */
  webRoot?: string;
  /** Serve the web build's source maps (.map); default off, so a public relay does not hand out its sources. */
  serveSourceMaps?: boolean;
  /** Token signing secret; else COMMONS_RELAY_SECRET, else a random secret kept in dataDir. */
  secret?: string;
  /** Largest WebSocket message accepted (default 16 MiB). */
  maxMessageBytes?: number;
  logger?: Logger;
  /** PostgreSQL URL: shared storage, so several relay instances can serve the same rooms. */
  databaseUrl?: string;
  /** Where a relay without databaseUrl keeps its data in dataDir (default sqlite; files needs no native module). */
  storageEngine?: StorageEngine;
  /** Redis URL for fan-out between relay instances that share one database. */
  redisUrl?: string;
  /** A storage backend to use instead of opening one from dataDir/databaseUrl (the caller closes nothing: close() does). */
  storage?: RelayStorage;
  /** Address used in join links; default the Host the request came to. */
  publicUrl?: string;
  /** Longest an accepted update waits before it is written (default 200 ms; the contract allows 1 s). */
  flushIntervalMs?: number;
  compactAfterUpdates?: number;
  compactAfterBytes?: number;
  /** A reader whose unsent backlog exceeds this is disconnected (default 4 × maxMessageBytes). */
  maxBufferedBytes?: number;
  /** Largest presence message accepted (default 64 KiB); bigger ones are dropped. */
  maxAwarenessBytes?: number;
  /**
   * What one connection may publish as presence (default 4 client ids, 8 KiB per state, a burst of 20 messages
   * then 10 a second, the excess coalesced into the latest state).
   */
  presenceLimits?: Partial<PresenceLimits>;
  /**
   * Open connections per member (default 64) and per client address (default 1,024, `trustProxy` applies), and
   * different rooms a member's connections keep open (default 32). Past a cap a connection is closed with 4429.
   */
  connectionCaps?: Partial<ConnectionCaps>;
  connectionRateLimit?: RateLimit;
  /** Attempts at joining with an invite or using a setup code, per address (default burst 30, then 1 a second). */
  apiRateLimit?: RateLimit;
  /**
   * Behind a reverse proxy or load balancer: rate-limit by the client address the proxy puts in
   * X-Forwarded-For instead of the proxy's own (default off: anyone can send that header).
   */
  trustProxy?: boolean;
  /** Who may read /metrics (default `loopback`: only this computer; `any-address` for a remote scraper). */
  metricsFrom?: AddressScope;
  /**
   * Who may reach the owners' management API: members, invites, spaces and setup (default `any-address`: owners
   * of a hosted relay manage their space from anywhere). The desktop's LAN host passes `loopback`.
   */
  adminFrom?: AddressScope;
  pingIntervalMs?: number;
  /** How often to look for members revoked by another process (default 2 s). */
  revocationCheckMs?: number;
  tokenTtlSeconds?: number;
}

export interface Relay {
  url: string;
  port: number;
  /** The first-owner link minted at start when the data held no space yet; null otherwise. */
  setupLink: string | null;
  /** Mints another one-time setup code (valid seven days), e.g. for the desktop app's own first space. */
  createSetupCode(): Promise<string>;
  close(): Promise<void>;
}

const MiB = 1024 * 1024;

/**
 * dist/renderer beside the bundle (dist/server, or dist/electron when the desktop app embeds the relay);
 * the same folder when running from the sources.
 */
function defaultWebRoot(): string {
  // The Electron main bundle is CommonJS, where import.meta.url is empty and __dirname is set.
  const here = import.meta.url ? dirname(fileURLToPath(import.meta.url)) : __dirname;
  // Bundled, this code sits somewhere under dist/ (dist/server, dist/server/chunks, dist/electron), and the web
  // build is dist/renderer; run from the sources (server/), it is ../dist/renderer.
  for (let folder = here; dirname(folder) !== folder; folder = dirname(folder)) {
    if (basename(folder) === 'dist') return resolve(folder, 'renderer');
  }
  return resolve(here, '../dist/renderer');
}

/** The caps given, each one left out (or undefined) taking its default. */
function capsWithDefaults(given: Partial<ConnectionCaps> = {}): ConnectionCaps {
  return {
    perMember: given.perMember ?? DEFAULT_CONNECTION_CAPS.perMember,
    perAddress: given.perAddress ?? DEFAULT_CONNECTION_CAPS.perAddress,
    roomsPerMember: given.roomsPerMember ?? DEFAULT_CONNECTION_CAPS.roomsPerMember,
  };
}

const formatUrl = (host: string, port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

export async function createRelay(options: RelayOptions): Promise<Relay> {
  const logger = options.logger ?? createLogger();
  const secret = resolveSecret(options.dataDir, options.secret);
  const ownStorage =
    options.storage ??
    (await openStorage({
      dataDir: options.dataDir,
      databaseUrl: options.databaseUrl,
      engine: options.storageEngine,
    }));
  const cluster = options.redisUrl
    ? await createCluster({ redisUrl: options.redisUrl, rooms: ownStorage.rooms, logger })
    : null;
  const storage: RelayStorage = cluster
    ? {
        rooms: cluster.rooms,
        members: ownStorage.members,
        versions: ownStorage.versions,
        async close() {
          await cluster.close();
          await ownStorage.close();
        },
      }
    : ownStorage;
  const maxMessageBytes = options.maxMessageBytes ?? 16 * MiB;
  const membership = new Membership(storage.members, secret, options.tokenTtlSeconds);
  const spaces = new Spaces(storage.members, membership);

  let gateway: WebSocketGateway | null = null;
  const metrics = createMetrics({
    connections: () => gateway?.connectionCount ?? 0,
    rooms: () => rooms.size,
  });
  const rooms = new RoomRegistry(
    storage.rooms,
    {
      // A cluster flushes sooner: other instances deliver an update before it is written (server/README.md).
      flushIntervalMs: options.flushIntervalMs ?? (cluster ? 50 : 200),
      compactAfterUpdates: options.compactAfterUpdates ?? 500,
      compactAfterBytes: options.compactAfterBytes ?? MiB,
    },
    metrics,
    logger,
    cluster?.lifecycle,
  );
  // Workshop sessions keep their secrets (ballots, authors, codes) in this instance's own storage.
  const relayClientId = pickRelayClientId();
  const sessions = new SessionService({
    storage: ownStorage.rooms,
    rooms,
    secret,
    relayClientId,
    logger,
    spaceName: async (space) => (await spaces.describe(space))?.name ?? space,
    shared: cluster !== null,
  });
  const liveGateway = new WebSocketGateway({
    rooms,
    membership,
    metrics,
    logger,
    rateLimiter: new ConnectionRateLimiter(options.connectionRateLimit ?? { burst: 1000, perSecond: 200 }),
    trustProxy: options.trustProxy ?? false,
    maxMessageBytes,
    maxBufferedBytes: options.maxBufferedBytes ?? 4 * maxMessageBytes,
    maxAwarenessBytes: options.maxAwarenessBytes ?? 64 * 1024,
    presenceLimits: { ...DEFAULT_PRESENCE_LIMITS, ...options.presenceLimits },
    connectionCaps: capsWithDefaults(options.connectionCaps),
    pingIntervalMs: options.pingIntervalMs ?? 30_000,
    stores: { versions: storage.versions, members: storage.members },
    relayClientId,
    sessions: {
      authenticateGuest: (token) => sessions.authenticateGuest(token),
      policy: createSessionPolicy(sessions),
      connected: (room, member) => sessions.connected(room, member),
      disconnected: (room, member) => sessions.disconnected(room, member),
    },
  });
  gateway = liveGateway;
  cluster?.onRevoked((memberId) => liveGateway.closeMember(memberId));
  cluster?.onRoleChanged((memberId, role) => liveGateway.changeRole(memberId, role));

  const webRoot = options.webRoot ?? defaultWebRoot();
  if (!existsSync(webRoot))
    logger.warn({ webRoot }, 'no web build found; only the API and WebSocket are served');
  const api = createApi({
    membership,
    spaces,
    logger,
    publicUrl: options.publicUrl,
    rateLimiter: new ConnectionRateLimiter(options.apiRateLimit ?? { burst: 30, perSecond: 1 }),
    trustProxy: options.trustProxy ?? false,
    adminFrom: options.adminFrom ?? 'any-address',
    sessions,
    roleChanged: (memberId, role) => {
      liveGateway.changeRole(memberId, role);
      cluster?.announceRoleChanged(memberId, role);
    },
    revoked: (memberId) => {
      liveGateway.closeMember(memberId);
      cluster?.announceRevoked(memberId);
    },
  });
  const server = createServer(
    createRequestHandler({
      api,
      health: () => ({ rooms: rooms.size, connections: liveGateway.connectionCount }),
      metrics: metrics.registry,
      mayReadMetrics: (req) => reachable(options.metricsFrom ?? 'loopback', req, options.trustProxy ?? false),
      webRoot,
      serveSourceMaps: options.serveSourceMaps ?? false,
      logger,
    }),
  );
  server.on('upgrade', (request, socket, head) => void liveGateway.handleUpgrade(request, socket, head));
  server.on('clientError', (_error, socket) => socket.destroy());

  // A relay whose data holds no space yet offers a one-time link to whoever will create the first one.
  let firstOwnerCode: string | null = null;
  try {
    if (!(await spaces.hasAny())) firstOwnerCode = await spaces.createSetupCode();
    await new Promise<void>((resolveListen, rejectListen) => {
      server.once('error', rejectListen);
      server.listen(options.port, options.host, () => {
        server.off('error', rejectListen);
        resolveListen();
      });
    });
  } catch (error) {
    await storage.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = formatUrl(options.host, port);

  // A member revoked from the CLI (another process) loses open connections within a few seconds.
  const revocationCheck = setInterval(() => {
    storage.members
      .revokedAmong(liveGateway.connectedMembers())
      .then((revoked) => {
        for (const memberId of revoked) liveGateway.closeMember(memberId);
      })
      .catch((error: unknown) => logger.error({ err: error }, 'could not check for revoked members'));
  }, options.revocationCheckMs ?? 2000);
  revocationCheck.unref();

  logger.info({ url, dataDir: options.dataDir, webRoot }, 'relay listening');

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      clearInterval(revocationCheck);
      liveGateway.stopAccepting();
      sessions.stop();
      const stopped = new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      server.closeIdleConnections();
      await rooms.closeAll();
      await liveGateway.closeAll();
      server.closeAllConnections();
      await stopped;
      await storage.close();
      logger.info({ url }, 'relay stopped');
    })();
    return closing;
  };

  // Printed by the CLI, never logged: the link is a credential until it is used.
  const firstOwnerLink = firstOwnerCode === null ? null : setupLink(options.publicUrl ?? url, firstOwnerCode);
  return { url, port, setupLink: firstOwnerLink, createSetupCode: () => spaces.createSetupCode(), close };
}
