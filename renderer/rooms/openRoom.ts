// One room as the app holds it open: a Y.Doc, its relay connection (jittered reconnects), a local replica in
// IndexedDB so it shows offline (read a slice per task), its sync state and the relay's request channel. The
// room cache (roomCache.ts) shares one per address among the views that show it.
import * as Y from 'yjs';
import { websocketUrl } from '../../shared/relay-url';
import { isRelayClientId, RELAY_CLIENT_ID_FIRST } from '../../shared/relay-writes';
import {
  browserIsOffline,
  connectionKind,
  FAILURES_BEFORE_PROBE,
  onBrowserNetworkChange,
  relayAnswers,
} from '../sync/connectionKind';
import { type JitteredProviderOptions, JitteredWebsocketProvider } from '../sync/reconnect';
import { ChunkedReplica } from './chunkedReplica';
import { type ClockOffset, measureClockOffset } from './clockOffset';
import { RelayChannel } from './relayChannel';

export interface RoomAddress {
  serverUrl: string;
  /** The member token the relay checks; a different token for the same room is a different connection. */
  token: string;
  /** The room name (shared/rooms.ts), e.g. `tip-network/index`. */
  room: string;
}

export type RoomStatus = 'connecting' | 'connected' | 'offline' | 'refused';

export interface RoomState {
  status: RoomStatus;
  /** The relay has sent its state since the last (re)connection. */
  synced: boolean;
  /** The local replica has loaded (or there is none). */
  loaded: boolean;
}

/** A local copy of the room's document (chunkedReplica.ts in the app: IndexedDB, loaded a slice per task). */
export interface Replica {
  whenSynced: Promise<unknown>;
  destroy(): unknown;
}

export interface RoomCacheOptions {
  /** How long a room stays open after its last view is gone. */
  graceMs?: number;
  /** Opens the local replica; null for none. */
  openReplica?: ((name: string, doc: Y.Doc) => Replica) | null;
  /** Passed to the provider (tests shorten the backoff). */
  providerOptions?: Omit<JitteredProviderOptions, 'params' | 'connect'>;
}

/** The relay is reached after this even if the replica has not loaded: a stuck IndexedDB must not keep a room offline. */
const MOST_REPLICA_WAIT_MS = 10_000;

/** The IndexedDB database of a room: the names the app has always used, so existing replicas keep loading. */
export const replicaName = (serverUrl: string, room: string): string => `commons:${serverUrl}:${room}`;

/** A Y.Doc whose client id is not one the relay reserves for its own writes (it would refuse ours). */

/** A Y.Doc whose client id is not one the relay reserves for its own writes (it would refuse ours). */
function clientDoc(): Y.Doc {
  const doc = new Y.Doc();
  while (isRelayClientId(doc.clientID)) doc.clientID = Math.floor(Math.random() * RELAY_CLIENT_ID_FIRST);
  return doc;
}

export class OpenRoom {
  readonly doc = clientDoc();
  readonly provider: JitteredWebsocketProvider;
  readonly channel: RelayChannel;
  /** Resolves once the local replica has loaded (at once when there is none). */
  readonly whenLoaded: Promise<void>;
  private readonly replica: Replica | null;
  /** The relay connection waits for the local replica to load (see the constructor). */
  private waitingForReplica: boolean;
  private replicaTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();
  private state: RoomState;
  private closed = false;
  private refused = false;
  private clock: Promise<ClockOffset | null> | null = null;
  private readonly stopWatchingNetwork: () => void;

  constructor(
    readonly address: RoomAddress,
    options: RoomCacheOptions,
  ) {
    const { serverUrl, token, room } = address;
    const openReplica = options.openReplica === undefined ? openIndexedDbReplica : options.openReplica;
    // With a replica, the relay is reached once it has loaded: the relay then sends only what the replica
    // lacks, not the whole room in one message the page would apply in one long task while the replica is
    // still loading slice by slice.
    this.provider = new JitteredWebsocketProvider(websocketUrl(serverUrl), room, this.doc, {
      ...options.providerOptions,
      params: { token },
      connect: !openReplica,
    });
    this.channel = new RelayChannel(this.provider);
    this.replica = openReplica ? openReplica(replicaName(serverUrl, room), this.doc) : null;
    this.waitingForReplica = this.replica !== null;
    if (this.waitingForReplica)
      this.replicaTimer = setTimeout(() => this.connectToRelay(), MOST_REPLICA_WAIT_MS);
    this.state = { status: this.connection(), synced: false, loaded: this.replica === null };
    this.whenLoaded = this.replica
      ? this.replica.whenSynced.then(
          () => this.replicaLoaded(),
          () => this.replicaLoaded(),
        )
      : Promise.resolve();
    this.provider.on('status', () => this.update({ status: this.connection() }));
    this.provider.on('connection-close', () => {
      this.update({ status: this.connection(), synced: false });
      if (this.provider.failedAttempts !== FAILURES_BEFORE_PROBE || this.provider.wsconnected) return;
      void relayAnswers(serverUrl).then((answers) => {
        if (!answers || this.closed || this.provider.wsconnected) return;
        // The relay is there and would not take us: the same "refused" the open draft shows.
        this.refused = true;
        this.provider.disconnect();
        this.update({ status: 'refused', synced: false });
      });
    });
    this.provider.on('sync', (synced) => this.update({ synced, status: this.connection() }));
    // Closes the relay marks as final (membership revoked, room refused): no retry, and the views say so.
    this.provider.on('closed', () => {
      this.refused = true;
      this.update({ status: 'refused', synced: false });
    });
    this.stopWatchingNetwork = onBrowserNetworkChange((online) =>
      online ? this.onBrowserOnline() : this.onBrowserOffline(),
    );
  }

  private replicaLoaded(): void {
    if (this.closed) return;
    this.connectToRelay();
    this.update({ loaded: true });
  }

  private connectToRelay(): void {
    if (this.closed || !this.waitingForReplica) return;
    if (this.replicaTimer) clearTimeout(this.replicaTimer);
    this.replicaTimer = null;
    this.waitingForReplica = false;
    this.provider.connect();
    this.update({ status: this.connection() });
  }

  /** The same reading an open draft makes (sync/connectionKind.ts). */
  private connection(): RoomStatus {
    // Not connected yet because the replica is loading: it is on its way, not offline.
    if (this.waitingForReplica && !this.refused && !browserIsOffline()) return 'connecting';
    return connectionKind({
      provider: this.provider,
      failedAttempts: this.provider.failedAttempts,
      refused: this.refused,
    });
  }

  get name(): string {
    return this.address.room;
  }

  get serverUrl(): string {
    return this.address.serverUrl;
  }

  getState = (): RoomState => this.state;

  /** Calls `listener` whenever the state changes; returns the unsubscribe (useSyncExternalStore's shape). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * How far the relay's clock is from ours (several `time` requests, least round trip wins), measured once
   * per open room; null when the relay never answered. Timers everyone must see alike (a session's) use it.
   */
  clockOffset(): Promise<ClockOffset | null> {
    this.clock ??= measureClockOffset(async () => (await this.channel.request('time', {})).serverTime).then(
      (offset) => {
        // A failed measurement is tried again by the next caller, not remembered.
        if (offset === null) this.clock = null;
        return offset;
      },
    );
    return this.clock;
  }

  /** Closes the connection and the replica, and destroys the document; the cache calls this. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.replicaTimer) clearTimeout(this.replicaTimer);
    this.stopWatchingNetwork();
    this.channel.destroy();
    this.provider.destroy();
    void this.replica?.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  // The browser knows about a lost network long before y-websocket's 30-second silence check would.
  private readonly onBrowserOffline = (): void => {
    this.provider.ws?.close();
    this.update({ status: this.connection() });
  };

  // Back online: skip the remaining backoff wait.
  private readonly onBrowserOnline = (): void => {
    this.update({ status: this.connection() });
    if (this.state.status !== 'refused') this.provider.connectNow();
  };

  private update(change: Partial<RoomState>): void {
    const next = { ...this.state, ...change };
    if (
      next.status === this.state.status &&
      next.synced === this.state.synced &&
      next.loaded === this.state.loaded
    )
      return;
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }
}

function openIndexedDbReplica(name: string, doc: Y.Doc): Replica {
  return new ChunkedReplica(name, doc);
}
