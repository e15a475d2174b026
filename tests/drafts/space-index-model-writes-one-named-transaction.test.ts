// The space index model: each write is one transaction with the model's own origin, reaches another copy of
// the index as one update, and reads give back only valid entries.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createDocument,
  documentsMap,
  INDEX_ORIGIN,
  readDocuments,
  touchDocument,
} from '../../renderer/drafts/model/spaceIndex';

function linkedDocs(): [Y.Doc, Y.Doc, () => number] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  let updates = 0;
  a.on('update', (update: Uint8Array) => {
    updates += 1;
    Y.applyUpdate(b, update, 'relay');
  });
  return [a, b, () => updates];
}

describe('space index model', () => {
  it('creates a document in one transaction with its named origin, seen by another copy', () => {
    const [a, b, updates] = linkedDocs();
    const origins: unknown[] = [];
    a.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    const id = createDocument(a, { title: 'Model law', kind: 'model-law' }, 1000);
    expect(origins).toEqual([INDEX_ORIGIN]);
    expect(updates()).toBe(1);
    expect(readDocuments(documentsMap(b))).toMatchObject([
      { id, title: 'Model law', kind: 'model-law', updatedAt: 1000 },
    ]);
  });

  it('touches an entry with valid changes only, and leaves a missing one alone', () => {
    const [a, b] = linkedDocs();
    const id = createDocument(a, { title: 'Plan', kind: 'guideline' }, 1000);
    touchDocument(a, id, { summary: 'First words' }, 2000);
    expect(readDocuments(documentsMap(b))[0]).toMatchObject({ summary: 'First words', updatedAt: 2000 });
    touchDocument(a, id, { title: '   ' }, 3000);
    expect(readDocuments(documentsMap(b))[0]).toMatchObject({ title: 'Plan', updatedAt: 2000 });
    touchDocument(a, 'missing', { summary: 'x' }, 4000);
    expect(documentsMap(a).has('missing')).toBe(false);
  });

  it('reads plain entries, skipping what another client wrote wrong', () => {
    const doc = new Y.Doc();
    createDocument(doc, { title: 'Good', kind: 'lesson' }, 5);
    documentsMap(doc).set('bad', { title: 42 });
    const entries = readDocuments(documentsMap(doc));
    expect(entries.map((entry) => entry.title)).toEqual(['Good']);
    expect(entries[0]).not.toBeInstanceOf(Y.AbstractType);
  });
});
