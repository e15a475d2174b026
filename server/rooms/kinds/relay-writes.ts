// The relay writing into a room as itself: a client id from the reserved range (shared/relay-writes.ts), and
// a guard that keeps clients from writing, or deleting, with those ids where a kind relies on them.
import { randomInt } from 'node:crypto';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { isRelayClientId, RELAY_CLIENT_ID_COUNT, RELAY_CLIENT_ID_FIRST } from '../../../shared/relay-writes';
import { parseRoomName } from '../../../shared/rooms';
import type { RoomRegistry } from '../registry';
import type { Room } from '../room';
import { alreadyDeleted } from './known-update';

/** Origin of the relay's own writes: stored and shared like any client's update. */
export const RELAY_ORIGIN = Symbol('relay');

/** One per relay process: random within the range, so two instances of a cluster rarely write as the same id. */
export const pickRelayClientId = (): number => RELAY_CLIENT_ID_FIRST + randomInt(RELAY_CLIENT_ID_COUNT);

/**
 * Runs `change` as one transaction under `clientId`. The room's document keeps its own id otherwise: Yjs reads
 * `doc.clientID` when it creates items, and the update event fires before the transaction returns, so the swap
 * covers exactly this write.
 */
export function writeAsRelay(room: Room, clientId: number, change: (doc: Y.Doc) => void): void {
  const doc = room.doc;
  const own = doc.clientID;
  doc.clientID = clientId;
  try {
    doc.transact(() => change(doc), RELAY_ORIGIN);
  } finally {
    doc.clientID = own;
  }
}

/**
 * Writes `change` as the relay into room `name` of the same space as `from` (a comment's mention into the
 * mentioned member's inbox): the room is held open for the write and its flush, then released, so one nobody has
 * open is unloaded again. A failure is logged, not thrown: the request that caused it has done its own work.
 */
export async function writeOtherRoomAsRelay(
  rooms: RoomRegistry,
  target: { from: Room; name: string; clientId: number; logger: Logger },
  change: (doc: Y.Doc) => void,
): Promise<void> {
  const { from, name, clientId, logger } = target;
  if (parseRoomName(name)?.space !== parseRoomName(from.name)?.space) {
    logger.error({ room: from.name, other: name }, 'refused a relay write into another space');
    return;
  }
  try {
    const other = await rooms.open(name);
    try {
      writeAsRelay(other, clientId, change);
      await other.flush();
    } finally {
      await rooms.release(other);
    }
  } catch (error) {
    logger.error({ err: error, room: from.name, other: name }, 'could not write another room');
  }
}

/**
 * Whether a client's update creates anything under a relay client id, or deletes a relay item the room still
 * has. A delete set always travels whole in sync step 2, so deletions the room already made are let through.
 */
export function touchesRelayContent(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  if (structs.some((struct) => isRelayClientId(struct.id.client))) return true;
  for (const [client, deletions] of ds.clients) {
    if (!isRelayClientId(client)) continue;
    const stored = doc.store.clients.get(client);
    if (!stored) return true;
    for (const { clock, len } of deletions) {
      if (!alreadyDeleted(stored, clock, clock + len)) return true;
    }
  }
  return false;
}
