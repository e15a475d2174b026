// The client side of the relay's request channel (shared/relay-requests.ts): typed requests on a room's own
// WebSocket, each answered once or failed after a timeout, and the notices the relay sends unasked.
import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import {
  encodeCommonsFrame,
  isRelayRequestType,
  MESSAGE_COMMONS,
  type RelayErrorCode,
  type RelayNotice,
  type RelayRequestInput,
  type RelayRequestOutput,
  type RelayRequestType,
  relayMessage,
  relayRequests,
} from '../../shared/relay-requests';

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/** Why a request failed: the relay's own error code, or what went wrong on the way. */
export type RequestFailure = RelayErrorCode | 'timeout' | 'closed' | 'bad-reply';

export class RelayRequestError extends Error {
  constructor(
    readonly code: RequestFailure,
    message: string,
  ) {
    super(message);
    this.name = 'RelayRequestError';
  }
}

interface Pending {
  type: RelayRequestType;
  resolve(output: unknown): void;
  reject(error: RelayRequestError): void;
  timer: ReturnType<typeof setTimeout>;
  /** The frame, kept until it is on the wire (a request made while offline goes out on reconnect). */
  frame: Uint8Array | null;
}

/** The slice of y-websocket's provider the channel uses (a fake one will do in tests). */
export type ChannelProvider = Pick<
  WebsocketProvider,
  'messageHandlers' | 'ws' | 'wsconnected' | 'on' | 'off'
>;

export class RelayChannel {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly noticeListeners = new Set<(notice: RelayNotice) => void>();
  private destroyed = false;

  constructor(
    private readonly provider: ChannelProvider,
    private readonly timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
  ) {
    provider.messageHandlers[MESSAGE_COMMONS] = (_encoder, decoder) => {
      this.receive(decoding.readVarString(decoder));
    };
    provider.on('status', this.onStatus);
  }

  /**
   * Asks the relay; resolves with its validated answer, or rejects with a RelayRequestError. Made while the
   * socket is down, the request goes out when it reconnects, within the same timeout.
   */
  request<T extends RelayRequestType>(
    type: T,
    input: RelayRequestInput<T>,
    options: { timeoutMs?: number } = {},
  ): Promise<RelayRequestOutput<T>> {
    if (this.destroyed) return Promise.reject(new RelayRequestError('closed', 'The room is closed.'));
    // Callers are typed, but a type name can still arrive from untyped code; never index blindly.
    if (!isRelayRequestType(type)) {
      return Promise.reject(
        new RelayRequestError('unknown-type', `"${String(type)}" is not a relay request.`),
      );
    }
    const checked = relayRequests[type].input.safeParse(input);
    if (!checked.success) {
      return Promise.reject(new RelayRequestError('bad-request', checked.error.message));
    }
    const id = this.nextId++;
    return new Promise<RelayRequestOutput<T>>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new RelayRequestError('timeout', `The relay did not answer "${type}" in time.`));
      }, options.timeoutMs ?? this.timeoutMs);
      this.pending.set(id, {
        type,
        resolve: resolve as (output: unknown) => void,
        reject,
        timer,
        frame: encodeCommonsFrame({ id, type, input: checked.data }),
      });
      this.flush();
    });
  }

  /** Listens for the relay's notices (role changed, updates stored); returns the unsubscribe. */
  onNotice(listener: (notice: RelayNotice) => void): () => void {
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }

  destroy(): void {
    this.destroyed = true;
    this.provider.off('status', this.onStatus);
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new RelayRequestError('closed', 'The room was closed before the relay answered.'));
      this.pending.delete(id);
    }
    this.noticeListeners.clear();
  }

  private readonly onStatus = ({ status }: { status: string }): void => {
    if (status === 'connected') this.flush();
  };

  private flush(): void {
    const socket = this.provider.ws;
    if (!this.provider.wsconnected || !socket || socket.readyState !== socket.OPEN) return;
    for (const pending of this.pending.values()) {
      if (pending.frame === null) continue;
      socket.send(pending.frame as Uint8Array<ArrayBuffer>);
      pending.frame = null;
    }
  }

  private receive(text: string): void {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return; // A frame we cannot read is dropped: the request it answers times out with a clear reason.
    }
    const parsed = relayMessage.safeParse(json);
    if (!parsed.success) return;
    const message = parsed.data;
    if ('notice' in message) {
      for (const listener of [...this.noticeListeners]) listener(message);
      return;
    }
    if (message.id === null) return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    if (!message.ok) {
      pending.reject(new RelayRequestError(message.error.code, message.error.message));
      return;
    }
    const output = relayRequests[pending.type].output.safeParse(message.output);
    if (output.success) pending.resolve(output.data);
    else
      pending.reject(
        new RelayRequestError('bad-reply', `The relay's answer to "${pending.type}" was not valid.`),
      );
  }
}
