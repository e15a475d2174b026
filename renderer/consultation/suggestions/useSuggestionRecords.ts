// The relay's suggestion records of one draft (their part of its discussion room, useDiscussionRoom, shared with
// the comments), who this person is there, and the requests that add records.
import type * as Y from 'yjs';
import type { SpaceMembership } from '../../../shared/ipc/contract';
import {
  DEFAULT_SUGGESTION_SETTINGS,
  readSuggestionRecords,
  readSuggestionSettings,
  type SuggestionInfo,
  type SuggestionSettings,
} from '../../../shared/suggestions';
import type { RelayChannel } from '../../rooms/relayChannel';
import { useDiscussionRoom } from '../useDiscussionRoom';

interface Read {
  records: Map<string, SuggestionInfo>;
  settings: SuggestionSettings;
}

const NOTHING: Read = { records: new Map(), settings: DEFAULT_SUGGESTION_SETTINGS };
const read = (doc: Y.Doc): Read => ({
  records: readSuggestionRecords(doc),
  settings: readSuggestionSettings(doc),
});

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
  const { room, part, memberId } = useDiscussionRoom(membership, documentId, read, NOTHING);
  const { records, settings } = part;
  return { records, settings, memberId, channel: room?.channel ?? null };
}
