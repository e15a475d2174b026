// What an instance keeps per room it serves in a cluster, and the reload that applies what the shared database
// holds for one (after a Redis outage, or when another instance did not answer a load's question).
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { REMOTE_ORIGIN, type Room } from '../rooms/room';
import type { RoomLog } from '../storage/storage';
import type { ClusterMessage } from './messages';

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

export interface ClusterRoom {
  room: Room | null;
  /** Messages that arrived between subscribing and the room being loaded. */
  early: ClusterMessage[];
  shareAwareness?: (change: AwarenessChange, origin: unknown) => void;
  shareUpdate?: (update: Uint8Array, origin: unknown) => void;
  /** Updates accepted here in this turn of the event loop, published together once it ends. */
  outgoing: Uint8Array[];
  reloading: Promise<void> | null;
  reloadAgain: boolean;
  /** Some instance did not answer the load's question: read the database again a little after loading. */
  reloadOnceLoaded?: boolean;
}

/** Applies what the database holds for a room; one reload per room at a time, repeated if asked meanwhile. */
export function reloadRoom(
  rooms: Map<string, ClusterRoom>,
  name: string,
  storedRooms: RoomLog,
  log: Logger,
): Promise<void> {
  const entry = rooms.get(name);
  if (!entry?.room) return Promise.resolve();
  if (entry.reloading) {
    entry.reloadAgain = true;
    return entry.reloading;
  }
  entry.reloading = (async () => {
    do {
      entry.reloadAgain = false;
      try {
        const stored = await storedRooms.loadRoom(name);
        const room = entry.room;
        if (!room || rooms.get(name) !== entry) return;
        Y.transact(
          room.doc,
          () => {
            for (const update of [stored.snapshot, ...stored.updates]) {
              if (!update) continue;
              try {
                Y.applyUpdate(room.doc, update, REMOTE_ORIGIN);
              } catch (error) {
                log.warn({ err: error, room: name }, 'ignored a stored update Yjs could not read');
              }
            }
          },
          REMOTE_ORIGIN,
        );
      } catch (error) {
        log.error({ err: error, room: name }, 'could not reload a room from the database');
      }
    } while (entry.reloadAgain);
  })().finally(() => {
    entry.reloading = null;
  });
  return entry.reloading;
}
