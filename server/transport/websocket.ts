// The WebSocket side of the relay: has each upgrade admitted (upgrade-admission.ts) before it opens, then
// carries one RoomSession per socket, guarding memory against slow readers and dead peers.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import type { Role } from '../../shared/roles';
import { redactUrl } from '../operations/logger';
import type { RelayMetrics } from '../operations/metrics';
import { CLOSE_UNSUPPORTED_DATA } from '../protocol/messages';
import type { PresenceLimits } from '../protocol/presence';
import type { RequestLimit } from '../protocol/requests';
import { type Channel, RoomSession } from '../protocol/session';
import type { RequestStores, RoomMember, RoomPolicy } from '../rooms/kinds/policy';
import { pickRelayClientId } from '../rooms/kinds/relay-writes';
import type { RoomRegistry } from '../rooms/registry';
import { type CapReached, type ConnectionCaps, ConnectionLimits, type Holder } from './connection-limits';
import { SharedFrames } from './shared-frames';
import {
  type AdmissionOptions,
  admitUpgrade,
  CAP_REASONS,
  CLOSE_TOO_MANY,
  refuseUpgrade,
  type SessionAdmission,
} from './upgrade-admission';
import { WriteBatching } from './write-batching';

/** Close code for a member whose access was revoked; 4400-4499 tells the stock client not to reconnect. */
export const CLOSE_REVOKED = 4401;
const CLOSE_GOING_AWAY = 1001;

/** Admission's options (membership, rate limiter, trustProxy) and the gateway's own. */
export interface GatewayOptions extends AdmissionOptions {
  rooms: RoomRegistry;
  metrics: RelayMetrics;
  logger: Logger;
  maxMessageBytes: number;
  maxBufferedBytes: number;
  maxAwarenessBytes: number;
  presenceLimits: PresenceLimits;
  connectionCaps: ConnectionCaps;
  pingIntervalMs: number;
  /** Requests one connection may make on the request channel (default a burst of 50, then 20 a second). */
  requestLimit?: RequestLimit;
  /** The client id the relay writes into rooms with (default one picked at random from the reserved range). */
  relayClientId?: number;
  /** Storage the request channel's handlers use (named versions, member names). */
  stores?: RequestStores;
  /** Workshop sessions: session-only guests, the session rooms' policy and attendance (server/sessions/). */
  sessions?: GatewaySessions;
}

/** What the gateway needs from the relay's sessions: admission, and attendance as sockets come and go. */
export interface GatewaySessions extends SessionAdmission {
  connected(room: string, member: RoomMember): void;
  disconnected(room: string, member: RoomMember): void;
}

interface Connection {
  ws: WebSocket;
  memberId: string;
  session: RoomSession;
}

const DEFAULT_REQUEST_LIMIT: RequestLimit = { burst: 50, perSecond: 20 };

function asBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  // A Buffer is a Uint8Array, and ws gives each message bytes of its own: no need for another view.
  return data;
}

/**
 * Ends a socket quietly on an error before ws takes it over (a peer resetting mid-handshake). A function of its
 * own, not an arrow in handleUpgrade: an arrow there shares that call's scope and, listening for the socket's
 * whole life, would keep the upgrade request (its headers, URL and token) alive for as long as the connection.
 */
function destroyOnError(this: Duplex): void {
  this.destroy();
}

export class WebSocketGateway {
  private readonly wss: WebSocketServer;
  private readonly connections = new Set<Connection>();
  private readonly writes = new WriteBatching();
  private readonly frames = new SharedFrames();
  private readonly limits: ConnectionLimits;
  private closing = false;
  readonly relayClientId: number;

  constructor(private readonly options: GatewayOptions) {
    // No permessage-deflate: shared broadcast frames (sendShared) rely on ws writing every frame synchronously.
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: options.maxMessageBytes,
      perMessageDeflate: false,
    });
    this.relayClientId = options.relayClientId ?? pickRelayClientId();
    this.limits = new ConnectionLimits(options.connectionCaps);
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Member ids with an open connection (to check for revocations made by another process). */
  connectedMembers(): string[] {
    return [...new Set([...this.connections].map((connection) => connection.memberId))];
  }

  /** Closes every connection of a member at once. */
  closeMember(memberId: string): void {
    for (const connection of this.connections) {
      if (connection.memberId === memberId) connection.ws.close(CLOSE_REVOKED, 'membership revoked');
    }
  }

  /**
   * Gives a member's open connections a new role at once: each room's policy decides again what they may write,
   * and clients that use the request channel get a `role` notice. Returns how many connections changed.
   */
  changeRole(memberId: string, role: Role): number {
    let changed = 0;
    for (const connection of this.connections) {
      if (connection.memberId !== memberId) continue;
      connection.session.changeRole(role);
      changed += 1;
    }
    return changed;
  }

  async handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on('error', destroyOnError);
    const { logger, metrics } = this.options;
    const refused = (status: number, reason: string, message: string, extraHeaders?: string) => {
      metrics.refusedConnection(reason);
      logger.info({ url: redactUrl(request.url ?? ''), status, reason }, 'refused a connection');
      refuseUpgrade(socket, status, message, extraHeaders);
    };
    try {
      if (this.closing) return refused(503, 'shutting-down', 'the relay is shutting down');
      const admission = await admitUpgrade(request, this.options);
      if ('refused' in admission) {
        const { status, reason, message, extraHeaders } = admission.refused;
        return refused(status, reason, message, extraHeaders);
      }
      if (this.closing) return refused(503, 'shutting-down', 'the relay is shutting down');
      if (socket.destroyed) return;
      const { room, address, member, policy } = admission.admitted;
      const holder: Holder = { memberId: member.id, address, room };
      this.wss.handleUpgrade(request, socket, head, (ws) => {
        // Counted here, in the same turn as the connection is added, so simultaneous upgrades cannot overshoot.
        const reached = this.limits.admit(holder);
        if (reached) return this.turnAway(ws, holder, reached);
        this.accept(ws, socket, holder, member, policy);
      });
    } catch (error) {
      logger.error(
        { err: error, url: redactUrl(request.url ?? '') },
        'could not handle a connection attempt',
      );
      if (!socket.destroyed) refuseUpgrade(socket, 500, 'internal error');
    }
  }

  /** Stops taking connections; existing ones stay until `closeAll`. */
  stopAccepting(): void {
    this.closing = true;
  }

  /** Closes every socket with 1001 and waits briefly for the close handshakes. */
  async closeAll(): Promise<void> {
    this.closing = true;
    const open = [...this.connections].map((connection) => connection.ws);
    const closed = open.map((ws) => new Promise<void>((resolve) => ws.once('close', () => resolve())));
    for (const ws of open) ws.close(CLOSE_GOING_AWAY, 'relay shutting down');
    await Promise.race([Promise.all(closed), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    for (const ws of open) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  /** Closes a connection past a cap before any session starts; the member's other connections carry on. */
  private turnAway(ws: WebSocket, holder: Holder, reached: CapReached): void {
    this.options.metrics.refusedConnection(reached);
    this.options.logger.warn(
      { room: holder.room, memberId: holder.memberId, reason: reached },
      'refused a connection past a cap',
    );
    ws.close(CLOSE_TOO_MANY, CAP_REASONS[reached]);
  }

  /** `socket` is the connection ws writes to, held by `writes` so bursts leave in one system call. */
  private accept(
    ws: WebSocket,
    socket: Duplex,
    holder: Holder,
    member: RoomMember,
    policy: RoomPolicy,
  ): void {
    const { logger, metrics } = this.options;
    const memberId = member.id;
    const roomName = holder.room;
    /** Whether a message may go out now; a reader that fell too far behind is disconnected instead. */
    const writable = (): boolean => {
      if (ws.readyState !== WebSocket.OPEN) return false;
      // A reader that cannot keep up would make the relay hold its backlog in memory without bound.
      if (ws.bufferedAmount > this.options.maxBufferedBytes) {
        metrics.rejected('slow-consumer');
        logger.warn({ room: roomName, memberId }, 'disconnected a slow reader');
        ws.terminate();
        return false;
      }
      this.writes.hold(socket);
      return true;
    };
    const channel: Channel = {
      send: (message) => {
        // No callback: ws destroys the socket itself on a write error, and a closure per message is garbage.
        if (writable()) ws.send(message);
      },
      // The frame built for the first reader of a broadcast is written as it is to the others. Safe beside ws's
      // own writes because this server never compresses (no permessage-deflate), so ws writes each frame
      // synchronously and in order, and ws.bufferedAmount still counts what waits in the socket.
      sendShared: (message) => {
        if (writable()) socket.write(this.frames.frameOf(message));
      },
      close: (code, reason) => {
        if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING)
          ws.close(code, reason);
      },
    };
    const session = new RoomSession(roomName, channel, this.options.rooms, {
      member,
      policy,
      relayClientId: this.relayClientId,
      stores: this.options.stores,
      requestLimit: this.options.requestLimit ?? DEFAULT_REQUEST_LIMIT,
      maxAwarenessBytes: this.options.maxAwarenessBytes,
      presenceLimits: this.options.presenceLimits,
      maxBufferedFrames: 1000,
      observer: metrics,
      logger,
    });
    const connection: Connection = { ws, memberId, session };
    this.connections.add(connection);
    this.options.sessions?.connected(roomName, member);

    let alive = true;
    const ping = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    }, this.options.pingIntervalMs);
    ping.unref();

    ws.on('pong', () => {
      alive = true;
    });
    ws.on('message', (data, isBinary) => {
      if (this.closing) return;
      if (!isBinary) {
        metrics.rejected('text-frame');
        channel.close(CLOSE_UNSUPPORTED_DATA, 'binary frames only');
        return;
      }
      session.receive(asBytes(data));
    });
    ws.on('error', (error) => {
      // ws closes the socket itself (1009 for frames over maxPayload, 1002 for bad framing).
      metrics.rejected((error as { code?: string }).code ?? 'socket-error');
      logger.warn({ room: roomName, memberId, reason: error.message }, 'connection error');
    });
    ws.on('close', () => {
      clearInterval(ping);
      this.connections.delete(connection);
      this.limits.release(holder);
      session.end();
      this.options.sessions?.disconnected(roomName, member);
    });
    session.start().catch((error: unknown) => {
      logger.error({ err: error, room: roomName }, 'could not start a session');
      ws.terminate();
    });
  }
}
