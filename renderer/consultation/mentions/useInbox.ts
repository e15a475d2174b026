// The current member's mentions in the current space, live from their inbox room (`<space>/inbox/<memberId>`),
// open once for the whole app through the room cache. The member id comes from the relay (whoami on the space
// index, which the app keeps open anyway), since only the relay's answer names the right inbox.
import { useCallback, useEffect, useState } from 'react';
import type { SpaceMembership } from '../../../shared/ipc/contract';
import { type Mention, readMentions, unreadMentions } from '../../../shared/mentions';
import { inboxRoom, indexRoom } from '../../../shared/rooms';
import type { OpenRoom } from '../../rooms/openRoom';
import { useRoom, useRoomState } from '../../rooms/RoomsProvider';
import { useYValue } from '../../rooms/useYValue';

export interface Inbox {
  /** Newest first. */
  mentions: Mention[];
  unread: number;
  /** The space index, open for the inbox anyway: the list names drafts by their titles there. */
  index: OpenRoom | null;
  markRead(comments: string[]): Promise<void>;
  markAllRead(): Promise<void>;
}

const NO_MENTIONS: Mention[] = [];
/** The member id the relay gave per token, for this run of the app: reopening a space needs no new answer. */
const knownMembers = new Map<string, string>();

function useMemberId(membership: SpaceMembership | null, index: OpenRoom | null): string | null {
  const token = membership?.token ?? null;
  const connected = useRoomState(index)?.status === 'connected';
  const [answered, setAnswered] = useState<{ token: string; memberId: string } | null>(null);
  useEffect(() => {
    if (!index || !connected || !token || knownMembers.has(token)) return;
    let current = true;
    index.channel.request('whoami', {}).then(
      ({ memberId }) => {
        knownMembers.set(token, memberId);
        if (current) setAnswered({ token, memberId });
      },
      // Unanswered: asked again on the next connection; until then the inbox stays closed.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [index, connected, token]);
  if (!token) return null;
  return knownMembers.get(token) ?? (answered?.token === token ? answered.memberId : null);
}

export function useInbox(membership: SpaceMembership | null): Inbox {
  const index = useRoom(membership ? indexRoom(membership.space) : null, membership);
  const memberId = useMemberId(membership, index);
  const room = useRoom(membership && memberId ? inboxRoom(membership.space, memberId) : null, membership);
  const mentions = useYValue(room?.doc ?? null, readMentions, NO_MENTIONS);

  const markRead = useCallback(
    async (comments: string[]) => {
      if (room && comments.length > 0) await room.channel.request('inbox:read', { comments });
    },
    [room],
  );
  const markAllRead = useCallback(async () => {
    if (room) await room.channel.request('inbox:read', { all: true });
  }, [room]);

  return { mentions, unread: unreadMentions(mentions), index, markRead, markAllRead };
}
