// 10,000 (or any number of) synthetic library entries of the index's shape, for benchmarks and tests: the same
// seed always gives the same entries; languages and scripts are mixed (Latin with accents, Cyrillic, Arabic,
// Lao and Thai written without spaces) so tokenising, folding and facets meet what a real space holds.
import { DOCUMENT_KINDS, WORK_STREAMS } from '../../shared/vocabulary';
import {
  SYNTHETIC_COUNTRIES,
  SYNTHETIC_LANGUAGES,
  SYNTHETIC_TAGS,
  type SyntheticLanguage,
} from './synthetic-library-words';

/** One index entry as the library reads it (the metadata contract, with the body's plain text). */
export interface SyntheticEntry {
  id: string;
  title: string;
  kind: (typeof DOCUMENT_KINDS)[number];
  countries: string[];
  region: string;
  workStreams: (typeof WORK_STREAMS)[number][];
  language: string;
  tags: string[];
  status: 'draft' | 'in-consultation' | 'final';
  sensitivity: 'public' | 'community' | 'restricted';
  createdAt: number;
  updatedAt: number;
  summary: string;
  text: string;
}

/** mulberry32: a tiny, well-known deterministic generator; Math.random would make every run different. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

function distinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(random, items));
  return [...chosen];
}

/** A sentence of 6–14 words; unspaced scripts join words directly and separate sentences with a space. */
function sentence(random: Random, language: SyntheticLanguage): string {
  const words = Array.from({ length: between(random, 6, 14) }, () => pick(random, language.words));
  if (language.unspaced) return words.join('');
  const text = words.join(' ');
  return `${text.charAt(0).toLocaleUpperCase(language.tag)}${text.slice(1)}.`;
}

function body(random: Random, language: SyntheticLanguage, place: string): string {
  const sentences = Array.from({ length: between(random, 8, 30) }, () => sentence(random, language));
  // A place name and a figure now and then, as real lessons carry them.
  sentences.splice(between(random, 0, sentences.length), 0, `${place} ${between(random, 2, 950)}`);
  return sentences.join(' ');
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
/** 2012-01-01: the oldest entries are from then, the newest from late 2026. */
const OLDEST = Date.UTC(2012, 0, 1);

const STATUSES = ['draft', 'in-consultation', 'final', 'final'] as const;
const SENSITIVITIES = ['public', 'public', 'community', 'restricted'] as const;

export function syntheticEntries(count: number, seed: number): SyntheticEntry[] {
  const random = generator(seed);
  const entries: SyntheticEntry[] = [];
  for (let index = 0; index < count; index++) {
    const language = pick(random, SYNTHETIC_LANGUAGES);
    const countryPairs = distinct(random, SYNTHETIC_COUNTRIES, random() < 0.8 ? 1 : between(random, 2, 4));
    const countries = countryPairs.map(([code]) => code);
    const region = countryPairs[0]?.[1] ?? '';
    const text = body(random, language, countries[0] ?? '');
    const createdAt = OLDEST + Math.floor(random() * 14.9 * YEAR_MS);
    const updatedAt = Math.min(createdAt + Math.floor(random() * 2 * YEAR_MS), OLDEST + 14.95 * YEAR_MS);
    const titleWords = Array.from({ length: between(random, 2, 5) }, () => pick(random, language.words));
    const title = `${pick(random, language.titles)} ${titleWords.join(language.unspaced ? '' : ' ')}`;
    const summary = text.length <= 280 ? text : `${text.slice(0, 279)}…`;
    entries.push({
      id: `syn${seed.toString(36)}x${index.toString(36).padStart(4, '0')}`,
      title: title.slice(0, 300),
      kind: pick(random, DOCUMENT_KINDS),
      countries,
      region,
      workStreams: distinct(random, WORK_STREAMS, between(random, 1, 3)),
      language: language.tag,
      tags: distinct(random, SYNTHETIC_TAGS, between(random, 0, 4)),
      status: pick(random, STATUSES),
      sensitivity: pick(random, SENSITIVITIES),
      createdAt,
      updatedAt,
      summary,
      text: text.slice(0, 20_000),
    });
  }
  return entries;
}
