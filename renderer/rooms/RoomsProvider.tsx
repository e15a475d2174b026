// The room cache for React: RoomsProvider holds one cache for the app, useRoom leases a room while a view
// shows it, and useRoomState reads its sync state.
import { createContext, type ReactNode, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { SpacesContext } from '../app/SpacesProvider';
import type { OpenRoom, RoomState } from './openRoom';
import { RoomCache } from './roomCache';

const RoomsContext = createContext<RoomCache | null>(null);

/** `cache`: for tests; the app makes its own and closes every room when it unmounts. */
export function RoomsProvider({ cache, children }: { cache?: RoomCache; children: ReactNode }) {
  const [owned] = useState(() => cache ?? new RoomCache());
  useEffect(() => (cache ? undefined : () => owned.closeAll()), [cache, owned]);
  return <RoomsContext.Provider value={owned}>{children}</RoomsContext.Provider>;
}

export function useRoomCache(): RoomCache {
  const cache = useContext(RoomsContext);
  if (!cache) throw new Error('useRoom needs a <RoomsProvider> above it');
  return cache;
}

type Member = Pick<SpaceMembership, 'serverUrl' | 'token'>;

/**
 * The room `roomName` on the given space's relay (by default the current space), open while this component
 * is mounted; null until it is open, or when there is no room or space. Views of the same room share it.
 */
export function useRoom(roomName: string | null, membership?: Member | null): OpenRoom | null {
  const cache = useRoomCache();
  const spaces = useContext(SpacesContext);
  const member = membership === undefined ? (spaces?.current ?? null) : membership;
  const serverUrl = member?.serverUrl ?? null;
  const token = member?.token ?? null;
  const [room, setRoom] = useState<OpenRoom | null>(null);

  useEffect(() => {
    if (roomName === null || serverUrl === null || token === null) {
      setRoom(null);
      return;
    }
    const lease = cache.acquire({ serverUrl, token, room: roomName });
    setRoom(lease.room);
    return () => lease.release();
  }, [cache, roomName, serverUrl, token]);

  // Between a change of room and the effect that leases the new one, never hand out the old one.
  const matches =
    room !== null &&
    room.name === roomName &&
    room.address.serverUrl === serverUrl &&
    room.address.token === token;
  return matches ? room : null;
}

const NO_STATE = () => null;
const NO_SUBSCRIPTION = () => () => {};

/** The room's connection and sync state, live; null without a room. */
export function useRoomState(room: OpenRoom | null): RoomState | null {
  return useSyncExternalStore(room?.subscribe ?? NO_SUBSCRIPTION, room?.getState ?? NO_STATE);
}
