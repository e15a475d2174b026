// Facet counts tell a person what picking a value would show: values of one facet widen the choice, facets
// narrow each other, and each facet's counts take every other facet's choice into account (not its own).
import { describe, expect, it } from 'vitest';
import { applyFacets, countFacets, toggleFacet } from '../../renderer/library/model/facets';
import { type DocumentEntry, newDocumentMetadata } from '../../shared/documents';

const entry = (id: string, changes: Partial<DocumentEntry>): DocumentEntry => ({
  id,
  ...newDocumentMetadata({ title: id, kind: 'lesson', ...changes }, Date.UTC(2025, 3, 1)),
});

const ENTRIES = [
  entry('a', { countries: ['MA', 'TN'], workStreams: ['legislation'], language: 'ar' }),
  entry('b', { countries: ['MA'], workStreams: ['cooperation'], kind: 'good-practice', language: 'fr' }),
  entry('c', {
    countries: ['LA'],
    workStreams: ['legislation'],
    language: 'lo',
    createdAt: Date.UTC(2024, 0, 1),
  }),
  entry('d', {
    countries: ['RU'],
    workStreams: ['legislation', 'cooperation'],
    language: 'ru',
    tags: ['border'],
  }),
];

describe('library facets', () => {
  it('counts every value over all entries when nothing is picked', () => {
    const counts = countFacets(ENTRIES, {});
    expect(Object.fromEntries(counts.country)).toEqual({ MA: 2, TN: 1, LA: 1, RU: 1 });
    expect(Object.fromEntries(counts.workStream)).toEqual({ legislation: 3, cooperation: 2 });
    expect(Object.fromEntries(counts.year)).toEqual({ 2025: 3, 2024: 1 });
    expect(counts.tag.get('border')).toBe(1);
  });

  it('narrows across facets and widens within one', () => {
    let selection = toggleFacet({}, 'workStream', 'legislation');
    expect(applyFacets(ENTRIES, selection).map((e) => e.id)).toEqual(['a', 'c', 'd']);
    selection = toggleFacet(selection, 'country', 'MA');
    expect(applyFacets(ENTRIES, selection).map((e) => e.id)).toEqual(['a']);
    selection = toggleFacet(selection, 'country', 'RU');
    expect(applyFacets(ENTRIES, selection).map((e) => e.id)).toEqual(['a', 'd']);
  });

  it("counts a facet's values under the other facets' choice, not its own", () => {
    const selection = toggleFacet(toggleFacet({}, 'workStream', 'legislation'), 'country', 'MA');
    const counts = countFacets(ENTRIES, selection);
    // Countries among legislation entries: picking LA too would add c.
    expect(Object.fromEntries(counts.country)).toEqual({ MA: 1, TN: 1, LA: 1, RU: 1 });
    // Work streams among Moroccan entries.
    expect(Object.fromEntries(counts.workStream)).toEqual({ legislation: 1, cooperation: 1 });
    // Other facets count what is shown.
    expect(Object.fromEntries(counts.language)).toEqual({ ar: 1 });
  });
});
