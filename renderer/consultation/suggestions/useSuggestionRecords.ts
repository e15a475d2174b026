// The relay's suggestion records of one draft (from its discussion room, shared with the comments through the
// room cache), who this person is there, and the requests that add records.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { SpaceMembership } from '../../../shared/ipc/contract';
import { discussionRoom } from '../../../shared/rooms';
import {
  DEFAULT_SUGGESTION_SETTINGS,
  readSuggestionRecords,
  readSuggestionSettings,
  type SuggestionInfo,
  type SuggestionSettings,
} from '../../../shared/suggestions';
import { useRoom } from '../../rooms/RoomsProvider';
import type { RelayChannel } from '../../rooms/relayChannel';

interface Read {
  records: Map<string, SuggestionInfo>;
  settings: SuggestionSettings;
}

const NOTHING: Read = { records: new Map(), settings: DEFAULT_SUGGESTION_SETTINGS };
const read = (doc: Y.Doc): Read => ({
  records: readSuggestionRecords(doc),
  settings: readSuggestionSettings(doc),
});

function useRecords(doc: Y.Doc | null): Read {
  const [store] = useState(() => ({ doc: null as Y.Doc | null, cached: NOTHING }));
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!doc) return () => {};
      const changed = () => {
        store.cached = read(doc);
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
      store.cached = doc ? read(doc) : NOTHING;
    }
    return store.cached;
  }, [doc, store]);
  return useSyncExternalStore(subscribe, snapshot);
}

export interface SuggestionRecords {
  records: Map<string, SuggestionInfo>;
  /** The owner's choice of who decides. */
  settings: SuggestionSettings;
  /** This person's member id, once the relay has said it. */
  memberId: string | null;
  /** The discussion room's request channel, once it is open. */
  channel: RelayChannel | null;
}

export function useSuggestionRecords(membership: SpaceMembership, documentId: string): SuggestionRecords {
  const room = useRoom(discussionRoom(membership.space, documentId), membership);
  const { records, settings } = useRecords(room?.doc ?? null);
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
  return { records, settings, memberId, channel: room?.channel ?? null };
}
