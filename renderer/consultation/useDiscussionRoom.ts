// The discussion room of one draft (`<space>/doc/<id>/discussion`), open while a view shows it and shared
// through the room cache by the features that read it (comments, suggestions): the part a feature reads from
// it, live, who this person is there, and the room itself for its requests.
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { discussionRoom } from '../../shared/rooms';
import type { OpenRoom } from '../rooms/openRoom';
import { useRoom } from '../rooms/RoomsProvider';
import { useYValue } from '../rooms/useYValue';

export interface DiscussionRoom<T> {
  /** The open room (its channel carries the feature's requests); null until it is open. */
  room: OpenRoom | null;
  /** The feature's part of the room, read again on each change; `fallback` until the room is open. */
  part: T;
  /** This person's member id, once the relay has said it. */
  memberId: string | null;
}

/**
 * `read` reduces the room's relay-written entries to the feature's plain data (e.g. readThreads); `fallback`
 * should be a constant.
 */
export function useDiscussionRoom<T>(
  membership: SpaceMembership,
  documentId: string,
  read: (doc: Y.Doc) => T,
  fallback: T,
): DiscussionRoom<T> {
  const room = useRoom(discussionRoom(membership.space, documentId), membership);
  const part = useYValue(room?.doc ?? null, read, fallback);
  const [memberId, setMemberId] = useState<string | null>(null);
  useEffect(() => {
    if (!room) return;
    let current = true;
    room.channel
      .request('whoami', {})
      .then((me) => current && setMemberId(me.memberId))
      .catch(() => {
        // Unanswered: the "mine" filter and own-comment actions stay off, and only this session's own
        // suggestions count as this person's; nothing else depends on it.
      });
    return () => {
      current = false;
    };
  }, [room]);
  return { room, part, memberId };
}
