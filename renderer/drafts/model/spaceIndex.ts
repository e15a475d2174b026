// The space index's document list as a model: reads return validated plain entries, and each write is one
// transaction with a named origin (so undo managers and observers can tell index edits apart).
import type * as Y from 'yjs';
import {
  DOCUMENTS_MAP,
  type DocumentEntry,
  type DocumentMetadata,
  documentMetadataSchema,
  newDocumentMetadata,
  readDocumentEntries,
} from '../../../shared/documents';
import { newProvisionId } from '../legislation/provisionId';

/** The origin of every write this model makes to the index. */
export const INDEX_ORIGIN = 'drafts:index';

export const documentsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(DOCUMENTS_MAP);

/** Every valid document entry, newest first; bad entries (any editor's client can write here) are skipped. */
export const readDocuments = (map: Y.Map<unknown>): DocumentEntry[] => readDocumentEntries(map.entries());

/** Adds a document to the index and returns its new id. */
export function createDocument(
  doc: Y.Doc,
  input: Pick<DocumentMetadata, 'title' | 'kind'>,
  now: number = Date.now(),
): string {
  const id = newProvisionId().slice(1);
  const metadata = newDocumentMetadata(input, now);
  doc.transact(() => documentsMap(doc).set(id, metadata), INDEX_ORIGIN);
  return id;
}

/** Merges changes into a document's entry and stamps it updated; a missing or invalid entry is left alone. */
export function touchDocument(
  doc: Y.Doc,
  id: string,
  changes: Partial<DocumentMetadata>,
  now: number = Date.now(),
): void {
  doc.transact(() => {
    const map = documentsMap(doc);
    const current = documentMetadataSchema.safeParse(map.get(id));
    if (!current.success) return;
    const next = documentMetadataSchema.safeParse({ ...current.data, ...changes, updatedAt: now });
    if (next.success) map.set(id, next.data);
  }, INDEX_ORIGIN);
}
