// The space's document list, live from the `<space>/index` room (shared through the room cache, with its
// local replica so it shows offline), and the two writes the Drafts section makes to it.
import { useCallback } from 'react';
import type { DocumentEntry, DocumentMetadata } from '../../shared/documents';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { indexRoom } from '../../shared/rooms';
import { useRoom, useRoomState } from '../rooms/RoomsProvider';
import { useYValue } from '../rooms/useYValue';
import { createDocument, documentsMap, readDocuments, touchDocument } from './model/spaceIndex';

export interface SpaceIndex {
  documents: DocumentEntry[];
  createDocument(input: Pick<DocumentMetadata, 'title' | 'kind'>): string;
  touchDocument(id: string, changes: Partial<DocumentMetadata>): void;
}

const NO_DOCUMENTS: DocumentEntry[] = [];
/** How often the list is read again while many changes arrive. */
const LIST_EVERY_MS = 250;

export function useSpaceIndex(membership: SpaceMembership | null): SpaceIndex {
  const room = useRoom(membership ? indexRoom(membership.space) : null, membership);
  const doc = room?.doc ?? null;
  // Read once the local replica has loaded (it arrives a slice per task: reading every entry after each
  // slice would cost far more than the load), then at most a few times a second while a large sync arrives.
  const loaded = useRoomState(room)?.loaded ?? false;
  const documents = useYValue(doc && loaded ? documentsMap(doc) : null, readDocuments, NO_DOCUMENTS, {
    atMostEveryMs: LIST_EVERY_MS,
  });

  const create = useCallback(
    (input: Pick<DocumentMetadata, 'title' | 'kind'>) => {
      if (!doc) throw new Error('The space is not open yet.');
      return createDocument(doc, input);
    },
    [doc],
  );

  const touch = useCallback(
    (id: string, changes: Partial<DocumentMetadata>) => {
      if (doc) touchDocument(doc, id, changes);
    },
    [doc],
  );

  return { documents, createDocument: create, touchDocument: touch };
}
