// What the library shows for a query, facets and sort: the search's hits (from the worker, run again when the
// index takes changes), narrowed by the facets, with the facet counts, sorted by relevance or date.
import { useEffect, useMemo, useState } from 'react';
import type { DocumentEntry } from '../../shared/documents';
import { applyFacets, countFacets, type FacetCounts, type FacetSelection } from './model/facets';
import type { SearchHit } from './search/searchIndex';
import type { Library } from './useLibrary';

export type LibrarySort = 'relevance' | 'date';

export interface LibraryView {
  shown: DocumentEntry[];
  counts: FacetCounts;
  hits: Map<string, SearchHit>;
  /** A query is typed and its answer has not come yet. */
  searching: boolean;
}

const TYPING_PAUSE_MS = 120;

export function useLibrarySearch(
  library: Library,
  query: string,
  selection: FacetSelection,
  sort: LibrarySort,
  only: ReadonlySet<string> | null,
): LibraryView {
  const [answer, setAnswer] = useState<{ query: string; hits: SearchHit[] } | null>(null);
  const trimmed = query.trim();
  const { search, indexVersion } = library;

  // indexVersion: the index took changes (a new entry, an edit), so the same query may find more.
  // biome-ignore lint/correctness/useExhaustiveDependencies: indexVersion is a trigger, not read.
  useEffect(() => {
    if (!search || trimmed === '') {
      setAnswer(null);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      void search.search(trimmed).then((hits) => {
        if (!cancelled) setAnswer({ query: trimmed, hits });
      });
    }, TYPING_PAUSE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [search, trimmed, indexVersion]);

  return useMemo(() => {
    const hits = new Map((answer?.hits ?? []).map((hit) => [hit.id, hit]));
    let matched: DocumentEntry[];
    if (trimmed === '') matched = library.entries;
    else if (!answer) matched = [];
    else matched = answer.hits.flatMap((hit) => library.store?.get(hit.id) ?? []);
    if (only) matched = matched.filter((entry) => only.has(entry.id));
    const counts = countFacets(matched, selection);
    let shown = applyFacets(matched, selection);
    if (sort === 'date' && trimmed !== '') shown = [...shown].sort((a, b) => b.updatedAt - a.updatedAt);
    return { shown, counts, hits, searching: trimmed !== '' && answer?.query !== trimmed };
  }, [answer, trimmed, library.entries, library.store, selection, sort, only]);
}
