// A policy per room kind, consulted by the relay for everything that differs between kinds: who may write,
// the document's options, what happens when the room loads or changes, and which requests it answers. New
// behaviour for a kind (consultations, the library, workshops) is added in its file, not in the protocol.
import { parseRoomName, type RoomKind } from '../../../shared/rooms';
import { discussionPolicy } from './discussion';
import { docPolicy } from './doc';
import { inboxPolicy } from './inbox';
import { indexPolicy } from './index';
import type { RoomPolicy } from './policy';
import { sessionPolicy } from './session';

const policies: Record<RoomKind, RoomPolicy> = {
  index: indexPolicy,
  doc: docPolicy,
  discussion: discussionPolicy,
  session: sessionPolicy,
  inbox: inboxPolicy,
};

export const policyForKind = (kind: RoomKind): RoomPolicy => policies[kind];

/** The policy for a room name, or null when the name is not a room (the gateway refuses those first). */
export function policyForRoom(name: string): RoomPolicy | null {
  const room = parseRoomName(name);
  return room ? policies[room.kind] : null;
}
