// Keeps the current space's role in step with the relay while the app is open: on every connection of the
// space's index room it asks the relay who this member is (which also subscribes the connection to notices),
// and a `role` notice (an owner changed it) is saved at once, so open drafts turn read-only without a reload.
import { useEffect } from 'react';
import { indexRoom } from '../../shared/rooms';
import { useSpaces } from '../app/SpacesProvider';
import { useRoom, useRoomState } from './RoomsProvider';

export function useLiveRole(): void {
  const { current, setRole } = useSpaces();
  const room = useRoom(current ? indexRoom(current.space) : null, current);
  const connected = useRoomState(room)?.status === 'connected';
  const serverUrl = current?.serverUrl;
  const space = current?.space;

  useEffect(() => {
    if (!room || !serverUrl || !space) return;
    return room.channel.onNotice((notice) => {
      if (notice.notice === 'role') void setRole({ serverUrl, space }, notice.role);
    });
  }, [room, serverUrl, space, setRole]);

  useEffect(() => {
    if (!room || !connected || !serverUrl || !space) return;
    let cancelled = false;
    room.channel.request('whoami', {}).then(
      (me) => {
        if (!cancelled) void setRole({ serverUrl, space }, me.role);
      },
      // A relay without the request channel, or one that did not answer in time: the saved role stands.
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [room, connected, serverUrl, space, setRole]);
}
