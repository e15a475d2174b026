// The relay's suggestion records of one draft (from its discussion room, shared with the comments through the
// room cache), who this person is there, and the requests that add records.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { SpaceMembership } from '../../../shared/ipc/contract';
import { discussionRoom } from '../../../shared/rooms';
import { readSuggestionRecords, type SuggestionInfo } from '../../../shared/suggestions';
import { useRoom } from '../../rooms/RoomsProvider';
import type { RelayChannel } from '../../rooms/relayChannel';

const NO_RECORDS: Map<string, SuggestionInfo> = new Map();

function useRecords(doc: Y.Doc | null): Map<string, SuggestionInfo> {
  const [store] = useState(() => ({ doc: null as Y.Doc | null, cached: NO_RECORDS }));
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!doc) return () => {};
      const changed = () => {
        store.cached = readSuggestionRecords(doc);
        onChange();
      };
      doc.on('update', changed);
      return () => doc.off('update', changed);
    },
    [doc, store],
  );
  const snapshot = useCallback(() => {
    if (store.doc !== doc) {
      store.doc = doc;
      store.cached = doc ? readSuggestionRecords(doc) : NO_RECORDS;
    }
    return store.cached;
  }, [doc, store]);
  return useSyncExternalStore(subscribe, snapshot);
}

export interface SuggestionRecords {
  records: Map<string, SuggestionInfo>;
  /** This person's member id, once the relay has said it. */
  memberId: string | null;
  /** The discussion room's request channel, once it is open. */
  channel: RelayChannel | null;
}

export function useSuggestionRecords(membership: SpaceMembership, documentId: string): SuggestionRecords {
  const room = useRoom(discussionRoom(membership.space, documentId), membership);
  const records = useRecords(room?.doc ?? null);
  const [memberId, setMemberId] = useState<string | null>(null);
  useEffect(() => {
    if (!room) return;
    let current = true;
    room.channel
      .request('whoami', {})
      .then((me) => current && setMemberId(me.memberId))
      .catch(() => {
        // Unanswered: only this session's own suggestions count as this person's until it answers.
      });
    return () => {
      current = false;
    };
  }, [room]);
  return { records, memberId, channel: room?.channel ?? null };
}
