// Which of one client's updates reach the room: a read-only member's are dropped, and in rooms that guard the
// relay's own content (rooms/kinds/relay-writes.ts) so are updates posing as the relay. The client is told once,
// and a read-only client only when it really tried to change something.
import type * as Y from 'yjs';
import { holdsUpdate } from '../rooms/kinds/known-update';
import { touchesRelayContent } from '../rooms/kinds/relay-writes';
import { guarded } from './messages';

/** How many of a read-only client's updates are looked at before they are all dropped unread. */
const MAX_READ_ONLY_CHECKS = 5;

export interface WriteGateOptions {
  /** Whether this room kind refuses client updates that carry the relay's client ids. */
  guardsRelayContent: boolean;
  rejected(reason: string): void;
  /** Tells the client its write was refused (y-websocket's permission-denied message). */
  deny(reason: string): void;
}

export class WriteGate {
  private deniedSent = false;
  private readOnlyChecks = 0;

  constructor(private readonly options: WriteGateOptions) {}

  /** Forgets earlier refusals: a new role deserves a fresh "denied" the next time it tries what it may not do. */
  reset(): void {
    this.deniedSent = false;
    this.readOnlyChecks = 0;
  }

  /** Whether `update` from this client may be applied to `doc`; throws ProtocolError for an undecodable one. */
  admits(doc: Y.Doc, update: Uint8Array, writable: boolean): boolean {
    if (!writable) {
      this.refuseReadOnly(doc, update);
      return false;
    }
    if (
      this.options.guardsRelayContent &&
      guarded(() => touchesRelayContent(doc, update), 'update rejected')
    ) {
      this.options.rejected('relay-content');
      this.denyOnce('only the relay writes with its client ids');
      return false;
    }
    return true;
  }

  private refuseReadOnly(doc: Y.Doc, update: Uint8Array): void {
    this.readOnlyChecks += 1;
    if (this.deniedSent || this.readOnlyChecks > MAX_READ_ONLY_CHECKS) {
      this.options.rejected('read-only');
      return;
    }
    // A viewer's sync step 2 usually holds nothing new; answering that with "denied" would only alarm it.
    const changesSomething = guarded(() => !holdsUpdate(doc, update), 'update rejected');
    if (!changesSomething) return;
    this.options.rejected('read-only');
    this.denyOnce('read-only: your role cannot change this room');
  }

  private denyOnce(reason: string): void {
    if (this.deniedSent) return;
    this.deniedSent = true;
    this.options.deny(reason);
  }
}
