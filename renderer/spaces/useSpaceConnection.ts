// Whether the current space's index room is connected to its relay, so the shell can say whether edits reach
// it. The room is the one the room cache already holds for the space (the Drafts list reads the same one).
import type { SpaceMembership } from '../../shared/ipc/contract';
import { indexRoom } from '../../shared/rooms';
import { useRoom, useRoomState } from '../rooms/RoomsProvider';
import { browserIsOffline } from '../sync/connectionKind';

export type ConnectionState = 'connected' | 'connecting' | 'offline' | 'refused';

/** The room's own status (sync/connectionKind.ts), which an open draft reads the same way. */
export function useSpaceConnection(membership: SpaceMembership | null): ConnectionState {
  const room = useRoom(membership ? indexRoom(membership.space) : null, membership);
  const state = useRoomState(room);
  if (!state) return membership && !browserIsOffline() ? 'connecting' : 'offline';
  return state.status;
}
