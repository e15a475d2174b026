// One open draft's link to the world: the local replica in IndexedDB (so it opens and edits offline), the
// relay through the stock y-websocket provider, and a sync state a person can trust (saved only once the relay
// says it stored this person's edits, syncing, offline with N changes not yet on the server, refused and why).
// Lexical's CollaborationPlugin drives it as its provider.
import { ObservableV2 } from 'lib0/observable';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as authProtocol from 'y-protocols/auth';
import * as Y from 'yjs';
import type { RelayNotice } from '../../../shared/relay-requests';
import { websocketUrl } from '../../../shared/relay-url';
import { RelayChannel } from '../../rooms/relayChannel';
import { dataSaverOn, SAVER_PRESENCE_INTERVAL_MS } from '../../settings/dataSaver/dataSaver';
import { PresenceSender } from '../../settings/dataSaver/presenceSender';
import { connectionKind, FAILURES_BEFORE_PROBE, relayAnswers } from '../../sync/connectionKind';
import { JitteredWebsocketProvider } from '../../sync/reconnect';
import { seedDraftBody } from './documentSeed';
import { type LocalEdit, LocalEdits } from './localEdits';
import { withDistinctColourView } from './presenceColours';

export type Refusal = 'read-only' | 'access';

/**
 * Edits not yet confirmed stored, split by where they are: `unsent` have not left this computer, `unconfirmed`
 * went to the relay, which has not yet said it stored them. `pendingChanges` is both together.
 */
export interface PendingEdits {
  pendingChanges: number;
  unsent: number;
  unconfirmed: number;
}

export type SyncState =
  | ({ kind: 'connecting'; lastSyncedAt: number | null } & PendingEdits)
  | { kind: 'saved'; lastSyncedAt: number }
  | ({ kind: 'syncing'; lastSyncedAt: number | null } & PendingEdits)
  | ({ kind: 'offline'; lastSyncedAt: number | null } & PendingEdits)
  | ({ kind: 'refused'; refusal: Refusal } & PendingEdits);

export interface DraftConnectionOptions {
  serverUrl: string;
  room: string;
  token: string;
  doc: Y.Doc;
  /** Viewers never write, not even the seed: the relay would refuse it. */
  canWrite: boolean;
  /** For tests outside a browser: the WebSocket implementation. */
  WebSocketPolyfill?: typeof WebSocket;
}

type Events = {
  status: (event: { status: string }) => void;
  sync: (synced: boolean) => void;
  update: (update: unknown) => void;
  reload: (doc: Y.Doc) => void;
  state: (state: SyncState) => void;
};

const MESSAGE_AUTH = 2;
/** Yjs UndoManager's default captureTimeout, which Lexical's collaboration undo uses. */
export const EDIT_PAUSE_MS = 500;

export class DraftConnection extends ObservableV2<Events> {
  readonly websocket: JitteredWebsocketProvider;
  readonly awareness: JitteredWebsocketProvider['awareness'];
  /** The relay's request channel on the same socket: it brings the `stored` notices. */
  readonly channel: RelayChannel;
  private readonly presence: PresenceSender;
  private persistence: IndexeddbPersistence | null = null;
  /** This person's edits the relay has not yet confirmed stored, counted as a person would (see onDocUpdate). */
  private readonly edits: LocalEdits;
  private lastLocalEditAt = 0;
  private refusal: Refusal | null = null;
  private failedAttempts = 0;
  private state: SyncState;
  private markLoaded: () => void = () => {};
  /** Resolves once the local replica has loaded (and the seed is in): the body is ready to show and edit. */
  readonly whenLoaded: Promise<void> = new Promise((resolve) => {
    this.markLoaded = resolve;
  });

  constructor(private readonly options: DraftConnectionOptions) {
    super();
    const { serverUrl, room, token, doc } = options;
    this.edits = new LocalEdits(`commons.draft-sync:${serverUrl}:${room}`);
    this.state = { kind: 'connecting', ...this.edits.counts(), lastSyncedAt: this.edits.lastSyncedAt };
    this.websocket = new JitteredWebsocketProvider(websocketUrl(serverUrl), room, doc, {
      connect: false,
      params: { token },
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    });
    this.channel = new RelayChannel(this.websocket);
    // Only this person's presence goes out, and with data saver on less often (settings/dataSaver).
    this.presence = new PresenceSender(this.websocket, () =>
      dataSaverOn() ? SAVER_PRESENCE_INTERVAL_MS : 0,
    );
    this.channel.onNotice(this.onNotice);
    // Others' cursors in the colours the presence list shows them in: two people never share one.
    this.awareness = withDistinctColourView(this.websocket.awareness);
    this.websocket.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
      authProtocol.readAuthMessage(decoder, doc, () => this.refuse('read-only'));
    };
    this.websocket.on('status', (event) => {
      if (event.status === 'connected') {
        this.failedAttempts = 0;
        // The relay sends `stored` notices only to a connection that has asked it something.
        this.channel.request('whoami', {}).catch(() => {
          // No answer: the notices may not come, and the edits simply stay unconfirmed.
        });
      }
      this.emit('status', [event]);
      this.updateState();
    });
    this.websocket.on('sync', (synced) => {
      // Syncing sends the relay everything it lacks, this person's edits included.
      if (synced) this.edits.markAllSent();
      if (synced && this.edits.counts().pendingChanges === 0) this.edits.confirmedNow();
      this.emit('sync', [synced]);
      this.updateState();
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
    this.updateState();
  };

  // Back online: skip the remaining backoff wait rather than sit out a jittered retry.
  private readonly onBrowserOnline = (): void => {
    this.updateState();
    if (!this.refusal) this.websocket.connectNow();
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
    this.presence.destroy();
    this.channel.destroy();
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
    const { doc } = this.options;
    // y-websocket puts a local update on the wire at once when connected; otherwise the next sync sends it.
    const edit: LocalEdit = {
      client: doc.clientID,
      clock: Y.getState(doc.store, doc.clientID),
      sent: this.websocket.wsconnected,
    };
    // Yjs sends about one update per keystroke; a person counts edits. Updates less than EDIT_PAUSE_MS apart
    // are one edit, as the UndoManager groups them into one undo step.
    const now = Date.now();
    this.edits.record(edit, now - this.lastLocalEditAt <= EDIT_PAUSE_MS);
    this.lastLocalEditAt = now;
    this.updateState();
  };

  /** Edits are saved when the relay says so: its stored state vector covers their clock. */
  private readonly onNotice = (notice: RelayNotice): void => {
    if (notice.notice !== 'stored') return;
    let stored: Map<number, number>;
    try {
      stored = Y.decodeStateVector(Uint8Array.from(atob(notice.stateVector), (c) => c.charCodeAt(0)));
    } catch {
      return; // Unreadable: it confirms nothing.
    }
    this.edits.confirm(stored);
    this.updateState();
  };

  private onConnectionClosed(): void {
    this.updateState();
    if (this.websocket.wsconnected || this.refusal) return;
    this.failedAttempts += 1;
    if (this.failedAttempts !== FAILURES_BEFORE_PROBE) return;
    void relayAnswers(this.options.serverUrl).then((answers) => {
      if (answers && !this.websocket.wsconnected) this.refuse('access');
    });
  }

  private refuse(refusal: Refusal): void {
    this.refusal = refusal;
    // A read-only connection still receives everyone's changes; only a refused connection stops retrying.
    if (refusal === 'access') this.websocket.disconnect();
    this.updateState();
  }

  private updateState(): void {
    const pending = this.edits.counts();
    const { lastSyncedAt } = this.edits;
    // The same reading the top bar makes of its own connection (sync/connectionKind.ts).
    const connection = connectionKind({
      provider: this.websocket,
      failedAttempts: this.websocket.failedAttempts,
      refused: this.refusal !== null,
    });
    let next: SyncState;
    if (this.refusal) next = { kind: 'refused', refusal: this.refusal, ...pending };
    else if (connection === 'connected') {
      next =
        this.websocket.synced && pending.pendingChanges === 0 && lastSyncedAt !== null
          ? { kind: 'saved', lastSyncedAt }
          : { kind: 'syncing', ...pending, lastSyncedAt };
    } else if (connection === 'connecting') next = { kind: 'connecting', ...pending, lastSyncedAt };
    else next = { kind: 'offline', ...pending, lastSyncedAt };
    if (JSON.stringify(next) === JSON.stringify(this.state)) return;
    this.state = next;
    this.emit('state', [next]);
  }
}
