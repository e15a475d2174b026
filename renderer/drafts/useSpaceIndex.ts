// The space's document list, live from the `<space>/index` room (with a local replica so it shows offline),
// and the two writes the Drafts section makes to it: create a document, and touch one after an edit.
import { useCallback, useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import {
  DOCUMENTS_MAP,
  type DocumentEntry,
  type DocumentMetadata,
  newDocumentMetadata,
  readDocumentEntries,
} from '../../shared/documents';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { websocketUrl } from '../../shared/relay-url';
import { indexRoom } from '../../shared/rooms';
import { JitteredWebsocketProvider } from '../sync/reconnect';
import { newProvisionId } from './legislation/provisionId';

export interface SpaceIndex {
  documents: DocumentEntry[];
  createDocument(input: Pick<DocumentMetadata, 'title' | 'kind'>): string;
  touchDocument(id: string, changes: Partial<DocumentMetadata>): void;
}

export function useSpaceIndex(membership: SpaceMembership | null): SpaceIndex {
  const [doc, setDoc] = useState<Y.Doc | null>(null);
  const [documents, setDocuments] = useState<DocumentEntry[]>([]);
  const serverUrl = membership?.serverUrl;
  const space = membership?.space;
  const token = membership?.token;

  useEffect(() => {
    if (!serverUrl || !space || !token) return;
    const indexDoc = new Y.Doc();
    const room = indexRoom(space);
    const persistence = new IndexeddbPersistence(`commons:${serverUrl}:${room}`, indexDoc);
    const provider = new JitteredWebsocketProvider(websocketUrl(serverUrl), room, indexDoc, {
      params: { token },
    });
    const map = indexDoc.getMap(DOCUMENTS_MAP);
    const refresh = () => setDocuments(readDocumentEntries(map.entries()));
    map.observe(refresh);
    refresh();
    setDoc(indexDoc);
    return () => {
      map.unobserve(refresh);
      provider.destroy();
      void persistence.destroy();
      indexDoc.destroy();
      setDoc(null);
      setDocuments([]);
    };
  }, [serverUrl, space, token]);

  const createDocument = useCallback(
    (input: Pick<DocumentMetadata, 'title' | 'kind'>) => {
      if (!doc) throw new Error('The space is not open yet.');
      const id = newProvisionId().slice(1);
      doc.getMap(DOCUMENTS_MAP).set(id, newDocumentMetadata(input, Date.now()));
      return id;
    },
    [doc],
  );

  const touchDocument = useCallback(
    (id: string, changes: Partial<DocumentMetadata>) => {
      const map = doc?.getMap<DocumentMetadata>(DOCUMENTS_MAP);
      const current = map?.get(id);
      if (!map || !current) return;
      map.set(id, { ...current, ...changes, updatedAt: Date.now() });
    },
    [doc],
  );

  return { documents, createDocument, touchDocument };
}
