// The saved search index comes back from IndexedDB, where an older release or a damaged write may have left
// something else: only a record of the current format with every part in place is used; anything else reads
// as nothing saved, so the library rebuilds its index rather than searching a wrong one.
import { describe, expect, it } from 'vitest';
import { readSavedIndex } from '../../renderer/library/search/savedIndexStore';
import { createSearchIndex, SEARCH_INDEX_FORMAT, upsert } from '../../renderer/library/search/searchIndex';

function saved() {
  const index = createSearchIndex();
  const versions: Record<string, number> = {};
  upsert(index, versions, [
    { id: 'a', title: 'Shelters', summary: '', text: 'Shelters for survivors', language: 'en', updatedAt: 5 },
  ]);
  return { format: SEARCH_INDEX_FORMAT, index: JSON.stringify(index), versions };
}

describe('a saved search index read back', () => {
  it('is used when it has the current format and every part', () => {
    expect(readSavedIndex(saved())).toEqual(saved());
  });

  it('is not used when it is of another format, damaged or missing', () => {
    expect(readSavedIndex({ ...saved(), format: SEARCH_INDEX_FORMAT + 1 })).toBeNull();
    expect(readSavedIndex({ ...saved(), index: 42 })).toBeNull();
    expect(readSavedIndex({ ...saved(), versions: { a: '5' } })).toBeNull();
    expect(readSavedIndex({ ...saved(), versions: [5] })).toBeNull();
    expect(readSavedIndex(undefined)).toBeNull();
    expect(readSavedIndex('{"format":1}')).toBeNull();
  });
});
