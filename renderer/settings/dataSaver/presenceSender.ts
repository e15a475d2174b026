// Sends this person's presence (cursor, selection, name) to the relay in place of y-websocket's own handler,
// which re-sends every presence change it hears, other people's included (the relay drops those: a connection
// may only speak for its own client). Only the local state goes out, and with data saver on at most once per
// SAVER_PRESENCE_INTERVAL_MS: the last state of a burst of cursor moves is sent, the ones in between are not.
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';

const MESSAGE_AWARENESS = 1;

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

export class PresenceSender {
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `interval()` is read on every change, so turning data saver on or off applies at once. */
  constructor(
    private readonly provider: WebsocketProvider,
    private readonly interval: () => number,
    private readonly now: () => number = () => Date.now(),
  ) {
    provider.awareness.off('update', provider._awarenessUpdateHandler);
    provider.awareness.on('update', this.onUpdate);
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.provider.awareness.off('update', this.onUpdate);
  }

  private readonly onUpdate = ({ added, updated, removed }: AwarenessChange): void => {
    const me = this.provider.awareness.clientID;
    if (!added.includes(me) && !updated.includes(me) && !removed.includes(me)) return;
    const wait = this.lastSentAt + this.interval() - this.now();
    if (wait <= 0) {
      this.send();
    } else if (this.timer === null) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.send();
      }, wait);
    }
  };

  private send(): void {
    this.lastSentAt = this.now();
    const { provider } = this;
    const ws = provider.ws;
    if (!provider.wsconnected || !ws || ws.readyState !== ws.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(provider.awareness, [provider.awareness.clientID]),
    );
    ws.send(encoding.toUint8Array(encoder));
  }
}
