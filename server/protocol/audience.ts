// Everyone connected to one room, listening to it through one document listener and one presence listener:
// each change is encoded once and handed to every session in a plain loop, and counted once per broadcast.
import type { Room } from '../rooms/room';
import { writeAwareness, writeUpdate } from './messages';

/** One session as the audience sees it. */
export interface Listener {
  send(message: Uint8Array): void;
  /** True while this listener's own update must still come back to it (see RoomSession.handle). */
  readonly wantsOwnUpdate: boolean;
}

export interface BroadcastObserver {
  /** Messages handed to connections, and their bytes. */
  sent?(messages: number, bytes: number): void;
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

const audiences = new WeakMap<Room, RoomAudience>();

/** Adds a listener to the room's audience, attaching the audience to the room when it is the first. */
export function joinAudience(room: Room, listener: Listener, observer: BroadcastObserver): RoomAudience {
  let audience = audiences.get(room);
  if (!audience) {
    audience = new RoomAudience(room, observer);
    audiences.set(room, audience);
  }
  audience.listeners.add(listener);
  return audience;
}

export class RoomAudience {
  readonly listeners = new Set<Listener>();

  constructor(
    private readonly room: Room,
    private readonly observer: BroadcastObserver,
  ) {
    room.doc.on('update', this.shareUpdate);
    room.awareness.on('update', this.shareAwareness);
  }

  /** Removes a listener; the last one to leave detaches the audience from the room. */
  leave(listener: Listener): void {
    this.listeners.delete(listener);
    if (this.listeners.size > 0) return;
    this.room.doc.off('update', this.shareUpdate);
    this.room.awareness.off('update', this.shareAwareness);
    if (audiences.get(this.room) === this) audiences.delete(this.room);
  }

  private readonly shareUpdate = (update: Uint8Array, origin: unknown): void => {
    // A client already has what it sent, unless its update released structs that were waiting for it.
    const sender = this.listeners.has(origin as Listener) ? (origin as Listener) : null;
    const skipped = sender && !sender.wantsOwnUpdate ? sender : null;
    this.broadcast(writeUpdate(update), skipped);
  };

  private readonly shareAwareness = (change: AwarenessChange): void => {
    const { added, updated, removed } = change;
    // Sent back to its sender too, as the reference server does: the stock client's watchdog reconnects after
    // 30 s without any message, and its own presence renewal (every 15 s) is what a lone client hears.
    this.broadcast(writeAwareness(this.room.awareness, added.concat(updated, removed)), null);
  };

  private broadcast(message: Uint8Array, skipped: Listener | null): void {
    let count = 0;
    for (const listener of this.listeners) {
      if (listener === skipped) continue;
      listener.send(message);
      count += 1;
    }
    if (count > 0) this.observer.sent?.(count, count * message.byteLength);
  }
}
