// The library's full-text index (MiniSearch): titles, summaries and bodies, words cut per the document's
// language and folded (tokens.ts), prefix matching for words of three letters or more, one typo allowed in
// words of four or more, every word of the query required, titles weighing most. Runs in the search worker
// (and in Node for tests); saved as JSON with each entry's updatedAt, so a reopened app updates only what changed.
import MiniSearch, { type SearchResult } from 'minisearch';
import { foldWord, tokenise } from './tokens';

/** What the index reads of an entry. */
export interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  text: string;
  language: string;
  updatedAt: number;
}

export interface SearchHit {
  id: string;
  /** The indexed (folded) words the query matched: what the snippet highlights. */
  terms: string[];
  /** Whether the query matched in the summary, and in the body's text (where the snippet is taken from). */
  inSummary: boolean;
  inText: boolean;
}

/**
 * Hits as the worker sends them: ids in rank order, where each matched (bit 1 summary, bit 2 text), and the
 * matched words once for all (a word of the query's expansion that a hit holds is one the index matched in
 * it). A few hundred strings and a byte array copy far faster than as many objects with nested maps.
 */
export interface PackedHits {
  ids: string[];
  where: Uint8Array;
  terms: string[];
}

/** Bump when tokenising or folding changes: saved indexes of an older format are rebuilt. */
export const SEARCH_INDEX_FORMAT = 1;

const FIELDS = ['title', 'summary', 'text'] as const;

const processTerm = (term: string): string | null => {
  const folded = foldWord(term);
  return folded === '' ? null : folded;
};

const OPTIONS = {
  idField: 'id',
  fields: [...FIELDS],
  storeFields: [] as string[],
  // Words are cut here, where the document's language is known; tokenize then only splits on the spaces.
  extractField: (document: SearchDocument, field: string): string => {
    if (field === 'id') return document.id;
    const value = document[field as (typeof FIELDS)[number]];
    return typeof value === 'string' ? tokenise(value, document.language).join(' ') : '';
  },
  tokenize: (text: string) => text.split(' '),
  processTerm,
  searchOptions: {
    boost: { title: 3, summary: 1.5 },
    combineWith: 'AND',
    tokenize: (query: string) => tokenise(query),
    processTerm,
    prefix: (term: string) => term.length >= 3,
    fuzzy: (term: string) => (term.length >= 4 ? 1 : false),
    maxFuzzy: 1,
  },
  autoVacuum: { minDirtCount: 200, minDirtFactor: 0.1, batchSize: 500, batchWait: 10 },
} as const;

export type LibrarySearchIndex = MiniSearch<SearchDocument>;

export function createSearchIndex(): LibrarySearchIndex {
  return new MiniSearch<SearchDocument>(OPTIONS as never);
}

/** The saved form: the index, and the updatedAt of every entry in it (to tell what changed since). */
export interface SavedSearchIndex {
  format: number;
  index: string;
  versions: Record<string, number>;
}

export function loadSearchIndex(saved: SavedSearchIndex): LibrarySearchIndex | null {
  if (saved.format !== SEARCH_INDEX_FORMAT) return null;
  try {
    return MiniSearch.loadJSON<SearchDocument>(saved.index, OPTIONS as never);
  } catch {
    return null;
  }
}

/** Adds or replaces entries (one with the updatedAt already indexed is left); returns how many changed. */
export function upsert(
  index: LibrarySearchIndex,
  versions: Record<string, number>,
  documents: SearchDocument[],
): number {
  let changed = 0;
  for (const document of documents) {
    if (versions[document.id] === document.updatedAt && index.has(document.id)) continue;
    if (index.has(document.id)) index.discard(document.id);
    index.add(document);
    versions[document.id] = document.updatedAt;
    changed += 1;
  }
  return changed;
}

/** Removes entries; returns how many were there. */
export function remove(index: LibrarySearchIndex, versions: Record<string, number>, ids: string[]): number {
  let changed = 0;
  for (const id of ids) {
    if (index.has(id)) {
      index.discard(id);
      changed += 1;
    }
    delete versions[id];
  }
  return changed;
}

const IN_SUMMARY = 1;
const IN_TEXT = 2;

/** The best matches first, packed for the page; an empty query matches nothing (the library lists by date). */
export function searchPacked(index: LibrarySearchIndex, query: string, limit = 500): PackedHits {
  if (query.trim() === '') return { ids: [], where: new Uint8Array(0), terms: [] };
  const results = index.search(query).slice(0, limit);
  const ids: string[] = [];
  const where = new Uint8Array(results.length);
  const terms = new Set<string>();
  results.forEach((result: SearchResult, position) => {
    ids.push(String(result.id));
    for (const term of result.terms) terms.add(term);
    for (const fields of Object.values(result.match)) {
      if (fields.includes('summary')) where[position] = (where[position] ?? 0) | IN_SUMMARY;
      if (fields.includes('text')) where[position] = (where[position] ?? 0) | IN_TEXT;
    }
  });
  return { ids, where, terms: [...terms] };
}

export function unpackHits({ ids, where, terms }: PackedHits): SearchHit[] {
  return ids.map((id, position) => ({
    id,
    terms,
    inSummary: ((where[position] ?? 0) & IN_SUMMARY) !== 0,
    inText: ((where[position] ?? 0) & IN_TEXT) !== 0,
  }));
}

/** The best matches first; an empty query matches nothing. */
export function searchIndex(index: LibrarySearchIndex, query: string, limit = 500): SearchHit[] {
  return unpackHits(searchPacked(index, query, limit));
}
