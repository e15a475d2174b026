// Reconnects to the relay on a jittered exponential schedule, so a relay that restarts is not hit by every
// client at the same moment (the stock provider retries everyone on the same fixed 200 ms, 400 ms, ... steps).
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

export interface BackoffSchedule {
  /** Longest wait before the first retry. */
  baseMs: number;
  /** No wait is ever longer than this. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffSchedule = { baseMs: 500, capMs: 30_000 };

/**
 * "Full jitter": a random wait between 0 and min(cap, base × 2^attempt), so retries after an outage spread
 * evenly instead of arriving in waves. `attempt` counts failed connections since the last successful sync.
 */
export function reconnectDelay(
  attempt: number,
  random: () => number = Math.random,
  schedule: BackoffSchedule = DEFAULT_BACKOFF,
): number {
  const ceiling = Math.min(schedule.capMs, schedule.baseMs * 2 ** Math.max(0, Math.min(attempt, 30)));
  return Math.floor(random() * ceiling);
}

type ProviderOptions = NonNullable<ConstructorParameters<typeof WebsocketProvider>[3]>;

export interface JitteredProviderOptions extends ProviderOptions {
  backoff?: BackoffSchedule;
  /** For tests: the source of randomness. */
  random?: () => number;
}

/**
 * A drop-in WebsocketProvider (same constructor, same events) whose retries follow `reconnectDelay`. When a
 * connection closes and the provider means to reconnect, it takes over the retry: it clears `shouldConnect`
 * so the stock timer does nothing, then calls `connect()` after the jittered wait. Closes the relay marks as
 * final (4400-4499, e.g. membership revoked) and deliberate `disconnect()` calls are left as they are.
 */
export class JitteredWebsocketProvider extends WebsocketProvider {
  /** Failed connections since the last sync; the next wait grows with it. */
  failedAttempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly backoff: BackoffSchedule;
  private readonly random: () => number;

  constructor(serverUrl: string, room: string, doc: Y.Doc, options: JitteredProviderOptions = {}) {
    const { backoff, random, ...providerOptions } = options;
    super(serverUrl, room, doc, providerOptions);
    this.backoff = backoff ?? DEFAULT_BACKOFF;
    this.random = random ?? Math.random;
    this.on('connection-close', (event) => {
      // `event` is null when the provider closed the socket itself (disconnect() or its silence watchdog).
      const wanted = this.shouldConnect && (event === null || this.shouldReconnect(event, this));
      if (!wanted) return;
      this.shouldConnect = false;
      const delay = reconnectDelay(this.failedAttempts, this.random, this.backoff);
      this.failedAttempts += 1;
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        super.connect();
      }, delay);
    });
    this.on('sync', (synced) => {
      if (synced) this.failedAttempts = 0;
    });
  }

  /** Whether a jittered retry is waiting (the UI can show "reconnecting" rather than "offline"). */
  get retryPending(): boolean {
    return this.retryTimer !== null;
  }

  /** Connects now, skipping any wait (e.g. when the browser reports it is back online). */
  override connect(): void {
    this.cancelRetry();
    super.connect();
  }

  /**
   * The network is back: if the provider means to be connected (connecting, or waiting to retry; not after a
   * deliberate disconnect or a final close), tries at once, and the schedule starts again from its shortest wait,
   * so that an attempt that still fails (the network not quite up yet) is retried within half a second rather than
   * after the long wait that the failures while offline had built up (up to 30 s). An attempt still in flight is
   * dropped for a fresh one, since it may have been started while offline.
   */
  connectNow(): void {
    if (this.wsconnected || (!this.shouldConnect && !this.retryPending)) return;
    this.failedAttempts = 0;
    this.cancelRetry();
    if (this.ws !== null) super.disconnect();
    super.connect();
  }

  override disconnect(): void {
    this.cancelRetry();
    super.disconnect();
  }

  override destroy(): void {
    this.cancelRetry();
    super.destroy();
  }

  private cancelRetry(): void {
    // Called from the base constructor before this class's fields exist.
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
