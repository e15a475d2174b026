// Document metadata in a space's index room (`<space>/index`, Y.Map 'documents': id -> entry), validated on
// read because any editor's client can write it: a bad entry is skipped, never trusted or crashed on. Entries
// written before the library (no countries codes, no sensitivity, 'in-review') still read, with defaults.
import { z } from 'zod';
import { ENTITY_ID_PATTERN } from './rooms';
import { DOCUMENT_KINDS, WORK_STREAMS } from './vocabulary';

/** The Y.Map in the index room that holds one entry per document. */
export const DOCUMENTS_MAP = 'documents';

export const DOCUMENT_STATUSES = ['draft', 'in-consultation', 'final'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Who may see a document's content beyond the space: shown on the entry, and checked before sharing. */
export const SENSITIVITIES = ['public', 'community', 'restricted'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const SUMMARY_LENGTH = 280;
/** The body's plain text kept in the index for search: enough for a long lesson, bounded for a 100-page law. */
export const INDEX_TEXT_LENGTH = 20_000;

/** ISO 3166-1 alpha-2, upper case ('MA', 'LA'). */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;

const LEGACY_STATUS: Record<string, DocumentStatus> = { 'in-review': 'in-consultation', archived: 'final' };

/** Country codes as written; older entries held free-text names, which are dropped rather than guessed. */
const countriesSchema = z.preprocess(
  (value) =>
    Array.isArray(value)
      ? value.flatMap((code) =>
          typeof code === 'string' && COUNTRY_CODE_PATTERN.test(code.trim().toUpperCase())
            ? [code.trim().toUpperCase()]
            : [],
        )
      : value,
  z.array(z.string().regex(COUNTRY_CODE_PATTERN)).max(60),
);

const metadataFields = z.object({
  title: z.string().trim().min(1).max(300),
  kind: z.enum(DOCUMENT_KINDS),
  countries: countriesSchema.default([]),
  /** A free region name ('West Africa', 'Mekong'); '' when none. */
  region: z.string().trim().max(80).default(''),
  workStreams: z.array(z.enum(WORK_STREAMS)).max(WORK_STREAMS.length).default([]),
  /** The language the document is written in (any BCP 47 tag, not only the UI languages). */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  tags: z.array(z.string().trim().min(1).max(60)).max(40).default([]),
  status: z.preprocess(
    (value) => (typeof value === 'string' ? (LEGACY_STATUS[value] ?? value) : value),
    z.enum(DOCUMENT_STATUSES),
  ),
  sensitivity: z.enum(SENSITIVITIES).default('community'),
  /** Milliseconds since the epoch. */
  updatedAt: z.number().int().nonnegative(),
  createdAt: z.number().int().nonnegative(),
  /** Plain-text opening of the body, for lists and search. Older entries could hold more: cut on read. */
  summary: z.preprocess(
    (value) => (typeof value === 'string' && value.length > SUMMARY_LENGTH ? summarise(value) : value),
    z.string().max(SUMMARY_LENGTH),
  ),
  /** The body's plain text, for search (absent from entries written before the library). */
  text: z.string().max(INDEX_TEXT_LENGTH).default(''),
});

export const documentMetadataSchema = z.preprocess((value) => {
  // An entry from before createdAt existed was created, at the latest, when it was last updated.
  if (value && typeof value === 'object' && !('createdAt' in value) && 'updatedAt' in value) {
    return { ...value, createdAt: (value as { updatedAt: unknown }).updatedAt };
  }
  return value;
}, metadataFields);
export type DocumentMetadata = z.infer<typeof metadataFields>;

export const documentIdSchema = z.string().regex(ENTITY_ID_PATTERN);

export interface DocumentEntry extends DocumentMetadata {
  id: string;
}

/** Reads one entry; null when the id or the value is not valid. */
export function readDocumentEntry(id: string, value: unknown): DocumentEntry | null {
  if (!documentIdSchema.safeParse(id).success) return null;
  const parsed = documentMetadataSchema.safeParse(value);
  return parsed.success ? { id, ...parsed.data } : null;
}

/** Reads every valid entry of the index's documents map (a plain object snapshot), newest first. */
export function readDocumentEntries(entries: Iterable<[string, unknown]>): DocumentEntry[] {
  const documents: DocumentEntry[] = [];
  for (const [id, value] of entries) {
    const entry = readDocumentEntry(id, value);
    if (entry) documents.push(entry);
  }
  return documents.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Metadata for a document someone just created, with defaults for what they have not said yet. */
export function newDocumentMetadata(
  input: Pick<DocumentMetadata, 'title' | 'kind'> & Partial<DocumentMetadata>,
  now: number,
): DocumentMetadata {
  return metadataFields.parse({
    countries: [],
    region: '',
    workStreams: [],
    language: 'en',
    tags: [],
    status: 'draft',
    sensitivity: 'community',
    summary: '',
    text: '',
    createdAt: now,
    ...input,
    updatedAt: now,
  });
}

/** The summary stored in the index: the start of the body's plain text, whitespace collapsed. */
export function summarise(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length <= SUMMARY_LENGTH ? collapsed : `${collapsed.slice(0, SUMMARY_LENGTH - 1)}…`;
}

/** The plain text stored in the index for search: the body's text, whitespace collapsed, capped. */
export function indexText(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length <= INDEX_TEXT_LENGTH ? collapsed : collapsed.slice(0, INDEX_TEXT_LENGTH);
}
