// Facets of the library: each entry's values per facet, which entries a selection keeps (values of one facet
// widen, facets narrow each other), and the counts beside each value: for a facet, how many entries would be
// shown if that value were picked too, given the search and every other facet's choice. One pass over the entries.
import type { DocumentEntry } from '../../../shared/documents';

export const FACETS = [
  'kind',
  'workStream',
  'country',
  'region',
  'language',
  'status',
  'year',
  'tag',
] as const;
export type Facet = (typeof FACETS)[number];

/** The picked values per facet; a facet with none picked keeps everything. */
export type FacetSelection = Partial<Record<Facet, readonly string[]>>;
export type FacetCounts = Record<Facet, Map<string, number>>;

export function facetValues(entry: DocumentEntry, facet: Facet): readonly string[] {
  switch (facet) {
    case 'kind':
      return [entry.kind];
    case 'workStream':
      return entry.workStreams;
    case 'country':
      return entry.countries;
    case 'region':
      return entry.region ? [entry.region] : [];
    case 'language':
      return [entry.language.split('-')[0] ?? entry.language];
    case 'status':
      return [entry.status];
    case 'year':
      return [String(new Date(entry.createdAt).getUTCFullYear())];
    case 'tag':
      return entry.tags;
  }
}

const active = (selection: FacetSelection): Facet[] =>
  FACETS.filter((facet) => (selection[facet]?.length ?? 0) > 0);

function passes(entry: DocumentEntry, facet: Facet, selection: FacetSelection): boolean {
  const picked = selection[facet] ?? [];
  return facetValues(entry, facet).some((value) => picked.includes(value));
}

/** The entries every active facet keeps. */
export function applyFacets(entries: readonly DocumentEntry[], selection: FacetSelection): DocumentEntry[] {
  const facets = active(selection);
  if (facets.length === 0) return [...entries];
  return entries.filter((entry) => facets.every((facet) => passes(entry, facet, selection)));
}

/** Counts per facet value over `entries` (already narrowed by the search), as described at the top. */
export function countFacets(entries: readonly DocumentEntry[], selection: FacetSelection): FacetCounts {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as FacetCounts;
  const facets = active(selection);
  const add = (entry: DocumentEntry, facet: Facet) => {
    for (const value of new Set(facetValues(entry, facet))) {
      counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  };
  for (const entry of entries) {
    const failing = facets.filter((facet) => !passes(entry, facet, selection));
    if (failing.length === 0) for (const facet of FACETS) add(entry, facet);
    else if (failing.length === 1) add(entry, failing[0] as Facet);
  }
  return counts;
}

/** Adds or removes one value from a facet's choice. */
export function toggleFacet(selection: FacetSelection, facet: Facet, value: string): FacetSelection {
  const picked = selection[facet] ?? [];
  const next = picked.includes(value) ? picked.filter((v) => v !== value) : [...picked, value];
  return { ...selection, [facet]: next };
}
