// Edits as a room logs them, for storage tests: a writer whose every edit is its own Yjs update on a shared list,
// and the list a stored room holds when it is replayed as a room would load it.
import * as Y from 'yjs';
import type { StoredRoom } from '../../../server/storage/storage';

/** Each edit as its own Yjs update on a shared writer, the way a room logs them. */
export function editor() {
  const doc = new Y.Doc();
  return {
    doc,
    edit(text: string): Uint8Array {
      const before = Y.encodeStateVector(doc);
      doc.getArray<string>('edits').push([text]);
      return Y.encodeStateAsUpdate(doc, before);
    },
  };
}

/** The edits a stored room holds, replayed as a room would load it. */
export function replay(stored: StoredRoom): string[] {
  const doc = new Y.Doc();
  for (const update of [stored.snapshot, ...stored.updates]) if (update) Y.applyUpdate(doc, update);
  return doc.getArray<string>('edits').toArray();
}
