// One open draft's link to the world: the local replica in IndexedDB (so it opens and edits offline), the
// relay through the stock y-websocket provider, and a sync state a person can trust (saved, syncing, offline
// with N changes not yet on the server, refused and why). Lexical's CollaborationPlugin drives it as its provider.
import { ObservableV2 } from 'lib0/observable';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as authProtocol from 'y-protocols/auth';
import type * as Y from 'yjs';
import { websocketUrl } from '../../../shared/relay-url';
import { JitteredWebsocketProvider } from '../../sync/reconnect';
import { seedDraftBody } from './documentSeed';

export type Refusal = 'read-only' | 'access';

export type SyncState =
  | { kind: 'connecting'; pendingChanges: number; lastSyncedAt: number | null }
  | { kind: 'saved'; lastSyncedAt: number }
  | { kind: 'syncing'; pendingChanges: number; lastSyncedAt: number | null }
  | { kind: 'offline'; pendingChanges: number; lastSyncedAt: number | null }
  | { kind: 'refused'; refusal: Refusal; pendingChanges: number };

export interface DraftConnectionOptions {
  serverUrl: string;
  room: string;
  token: string;
  doc: Y.Doc;
  /** Viewers never write, not even the seed: the relay would refuse it. */
  canWrite: boolean;
}

type Events = {
  status: (event: { status: string }) => void;
  sync: (synced: boolean) => void;
  update: (update: unknown) => void;
  reload: (doc: Y.Doc) => void;
  state: (state: SyncState) => void;
};

const MESSAGE_AUTH = 2;
/** Failed connection attempts before asking the relay's health endpoint whether it is the network or us. */
const FAILURES_BEFORE_PROBE = 2;
/** Yjs UndoManager's default captureTimeout, which Lexical's collaboration undo uses. */
export const EDIT_PAUSE_MS = 500;

export class DraftConnection extends ObservableV2<Events> {
  readonly websocket: JitteredWebsocketProvider;
  readonly awareness: JitteredWebsocketProvider['awareness'];
  private persistence: IndexeddbPersistence | null = null;
  private readonly storageKey: string;
  /** Local edits not yet confirmed on the relay, counted as a person would (see onDocUpdate). */
  private pendingChanges: number;
  private lastLocalEditAt = 0;
  private lastSyncedAt: number | null;
  private refusal: Refusal | null = null;
  private failedAttempts = 0;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  private state: SyncState;
  private markLoaded: () => void = () => {};
  /** Resolves once the local replica has loaded (and the seed is in): the body is ready to show and edit. */
  readonly whenLoaded: Promise<void> = new Promise((resolve) => {
    this.markLoaded = resolve;
  });

  constructor(private readonly options: DraftConnectionOptions) {
    super();
    const { serverUrl, room, token, doc } = options;
    this.storageKey = `commons.draft-sync:${serverUrl}:${room}`;
    const remembered = this.readRemembered();
    this.pendingChanges = remembered.pendingChanges;
    this.lastSyncedAt = remembered.lastSyncedAt;
    this.state = { kind: 'connecting', pendingChanges: this.pendingChanges, lastSyncedAt: this.lastSyncedAt };
    this.websocket = new JitteredWebsocketProvider(websocketUrl(serverUrl), room, doc, {
      connect: false,
      params: { token },
    });
    this.awareness = this.websocket.awareness;
    this.websocket.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
      authProtocol.readAuthMessage(decoder, doc, () => this.refuse('read-only'));
    };
    this.websocket.on('status', (event) => {
      if (event.status === 'connected') this.failedAttempts = 0;
      this.emit('status', [event]);
      this.updateState();
    });
    this.websocket.on('sync', (synced) => {
      this.emit('sync', [synced]);
      this.settleSoon();
    });
    this.websocket.on('connection-close', () => this.onConnectionClosed());
    this.websocket.on('closed', () => this.refuse('access'));
    doc.on('update', this.onDocUpdate);
    window.addEventListener('offline', this.onBrowserOffline);
    window.addEventListener('online', this.onBrowserOnline);
  }

  // The browser knows about a lost network long before y-websocket's 30-second silence check would.
  private readonly onBrowserOffline = (): void => {
    this.websocket.ws?.close();
  };

  // Back online: skip the remaining backoff wait rather than sit out a jittered retry.
  private readonly onBrowserOnline = (): void => {
    const waiting = this.websocket.shouldConnect || this.websocket.retryPending;
    if (this.refusal || !waiting || this.websocket.wsconnected) return;
    this.websocket.disconnect();
    this.websocket.connect();
  };

  getState(): SyncState {
    return this.state;
  }

  /** Loads the local replica first, so the draft shows (and edits) before, or without, the relay. */
  async connect(): Promise<void> {
    if (this.persistence === null) {
      this.persistence = new IndexeddbPersistence(
        `commons:${this.options.serverUrl}:${this.options.room}`,
        this.options.doc,
      );
      await this.persistence.whenSynced;
      if (this.options.canWrite) seedDraftBody(this.options.doc);
      this.markLoaded();
    }
    if (this.refusal === null) this.websocket.connect();
    this.updateState();
  }

  disconnect(): void {
    this.websocket.disconnect();
    this.updateState();
  }

  /** Tries again after a refusal (for example once the person has rejoined with a fresh invite). */
  retry(): void {
    this.refusal = null;
    this.failedAttempts = 0;
    this.websocket.connect();
    this.updateState();
  }

  override destroy(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.options.doc.off('update', this.onDocUpdate);
    window.removeEventListener('offline', this.onBrowserOffline);
    window.removeEventListener('online', this.onBrowserOnline);
    this.websocket.destroy();
    void this.persistence?.destroy();
    super.destroy();
  }

  private readonly onDocUpdate = (_update: Uint8Array, origin: unknown): void => {
    // Changes that arrived from the relay or the local replica, and the seed every client shares, are not
    // this person's unsent work.
    if (origin === this.websocket || origin === 'seed') return;
    if (this.persistence !== null && origin === this.persistence) return;
    // Yjs sends about one update per keystroke; a person counts edits. Updates less than EDIT_PAUSE_MS apart
    // are one edit, as the UndoManager groups them into one undo step.
    const now = Date.now();
    if (this.pendingChanges === 0 || now - this.lastLocalEditAt > EDIT_PAUSE_MS) this.pendingChanges += 1;
    this.lastLocalEditAt = now;
    this.remember();
    this.settleSoon();
  };

  /** Once connected and synced, local changes are on their way as soon as the socket's buffer drains. */
  private settleSoon(): void {
    this.updateState();
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      const socket = this.websocket.ws;
      if (
        this.websocket.synced &&
        socket &&
        socket.readyState === socket.OPEN &&
        socket.bufferedAmount === 0
      ) {
        this.pendingChanges = 0;
        this.lastSyncedAt = Date.now();
        this.remember();
      } else if (this.websocket.synced) {
        this.settleSoon();
        return;
      }
      this.updateState();
    }, 250);
  }

  private onConnectionClosed(): void {
    this.updateState();
    if (this.websocket.wsconnected || this.refusal) return;
    this.failedAttempts += 1;
    if (this.failedAttempts !== FAILURES_BEFORE_PROBE) return;
    // Browsers hide why a WebSocket upgrade failed; if the relay answers over HTTP, it was us it refused
    // (an expired token or a removed member, 401/403), not the network.
    fetch(new URL('/healthz', this.options.serverUrl), { cache: 'no-store' })
      .then((response) => {
        if (response.ok && !this.websocket.wsconnected) this.refuse('access');
      })
      .catch(() => {
        // Unreachable: this is simply offline, and the provider keeps retrying.
      });
  }

  private refuse(refusal: Refusal): void {
    this.refusal = refusal;
    // A read-only connection still receives everyone's changes; only a refused connection stops retrying.
    if (refusal === 'access') this.websocket.disconnect();
    this.updateState();
  }

  private updateState(): void {
    const { pendingChanges, lastSyncedAt } = this;
    let next: SyncState;
    if (this.refusal) next = { kind: 'refused', refusal: this.refusal, pendingChanges };
    else if (
      this.websocket.wsconnected &&
      this.websocket.synced &&
      pendingChanges === 0 &&
      lastSyncedAt !== null
    )
      next = { kind: 'saved', lastSyncedAt };
    else if (this.websocket.wsconnected) next = { kind: 'syncing', pendingChanges, lastSyncedAt };
    else if (this.websocket.wsconnecting && this.failedAttempts === 0)
      next = { kind: 'connecting', pendingChanges, lastSyncedAt };
    else next = { kind: 'offline', pendingChanges, lastSyncedAt };
    if (JSON.stringify(next) === JSON.stringify(this.state)) return;
    this.state = next;
    this.emit('state', [next]);
  }

  // The count of unsent changes survives a reload while offline, like the changes themselves (IndexedDB).
  private remember(): void {
    try {
      localStorage.setItem(
        this.storageKey,
        JSON.stringify({ pendingChanges: this.pendingChanges, lastSyncedAt: this.lastSyncedAt }),
      );
    } catch {
      // Storage full or disabled: the count is a courtesy, the changes themselves are safe in IndexedDB.
    }
  }

  private readRemembered(): { pendingChanges: number; lastSyncedAt: number | null } {
    try {
      const value = JSON.parse(localStorage.getItem(this.storageKey) ?? '{}') as Record<string, unknown>;
      return {
        pendingChanges: typeof value.pendingChanges === 'number' ? value.pendingChanges : 0,
        lastSyncedAt: typeof value.lastSyncedAt === 'number' ? value.lastSyncedAt : null,
      };
    } catch {
      return { pendingChanges: 0, lastSyncedAt: null };
    }
  }
}
