// The comments' part of a draft's discussion room (useDiscussionRoom): its threads (relay-written entries reduced
// to plain threads), who this person is there, the space's members for @mentions, and the requests that change it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { type CommentAnchor, type DiscussionThread, readThreads } from '../../../shared/discussion';
import type { SpaceMembership } from '../../../shared/ipc/contract';
import { listMembers } from '../../members/membersApi';
import type { OpenRoom } from '../../rooms/openRoom';
import { useDiscussionRoom } from '../useDiscussionRoom';

export interface MemberName {
  id: string;
  name: string;
}

const NO_THREADS: DiscussionThread[] = [];

export interface Discussion {
  room: OpenRoom | null;
  threads: DiscussionThread[];
  /** This person's member id, once the relay has said it. */
  memberId: string | null;
  members: MemberName[];
  /** Asks the relay for the members again (people join while a draft is open). */
  refreshMembers(): void;
  post(input: { body: string; mentions: string[]; anchor?: CommentAnchor; thread?: string }): Promise<string>;
  edit(comment: string, body: string, mentions: string[]): Promise<void>;
  remove(comment: string): Promise<void>;
  resolve(thread: string, resolved: boolean): Promise<void>;
}

export function useDiscussion(membership: SpaceMembership, documentId: string): Discussion {
  const {
    room,
    part: threads,
    memberId,
  } = useDiscussionRoom(membership, documentId, readThreads, NO_THREADS);
  const [members, setMembers] = useState<MemberName[]>([]);

  const { serverUrl, token } = membership;
  const latestRequest = useRef(0);
  const refreshMembers = useCallback(() => {
    const request = ++latestRequest.current;
    listMembers({ serverUrl, token })
      .then((list) => {
        if (request !== latestRequest.current) return;
        setMembers(list.filter((m) => m.revokedAt === null).map(({ id, name }) => ({ id, name })));
      })
      .catch(() => {
        // Offline or refused: mentions offer whoever was known before.
      });
  }, [serverUrl, token]);
  useEffect(() => {
    refreshMembers();
    return () => {
      latestRequest.current += 1;
    };
  }, [refreshMembers]);

  const channel = room?.channel ?? null;
  const post = useCallback<Discussion['post']>(
    async (input) => {
      if (!channel) throw new Error('The discussion is not open yet.');
      return (await channel.request('comment:post', input)).comment.id;
    },
    [channel],
  );
  const edit = useCallback<Discussion['edit']>(
    async (comment, body, mentions) => {
      await channel?.request('comment:edit', { comment, body, mentions });
    },
    [channel],
  );
  const remove = useCallback<Discussion['remove']>(
    async (comment) => {
      await channel?.request('comment:delete', { comment });
    },
    [channel],
  );
  const resolve = useCallback<Discussion['resolve']>(
    async (thread, resolved) => {
      await channel?.request('thread:resolve', { thread, resolved });
    },
    [channel],
  );
  return { room, threads, memberId, members, refreshMembers, post, edit, remove, resolve };
}
