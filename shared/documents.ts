// Document metadata in a space's index room (`<space>/index`, Y.Map 'documents': id -> entry), validated on
// read because any editor's client can write it: a bad entry is skipped, never trusted or crashed on.
import { z } from 'zod';
import { ENTITY_ID_PATTERN } from './rooms';
import { DOCUMENT_KINDS, WORK_STREAMS } from './vocabulary';

/** The Y.Map in the index room that holds one entry per document. */
export const DOCUMENTS_MAP = 'documents';

export const DOCUMENT_STATUSES = ['draft', 'in-review', 'final', 'archived'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const documentMetadataSchema = z.object({
  title: z.string().trim().min(1).max(300),
  kind: z.enum(DOCUMENT_KINDS),
  countries: z.array(z.string().trim().min(1).max(80)).max(60),
  workStreams: z.array(z.enum(WORK_STREAMS)).max(WORK_STREAMS.length),
  /** The language the document is written in (any BCP 47 tag, not only the UI languages). */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  tags: z.array(z.string().trim().min(1).max(60)).max(40),
  status: z.enum(DOCUMENT_STATUSES),
  /** Milliseconds since the epoch. */
  updatedAt: z.number().int().nonnegative(),
  /** Plain-text opening of the body, for lists and search; kept short. */
  summary: z.string().max(1000),
});
export type DocumentMetadata = z.infer<typeof documentMetadataSchema>;

export const documentIdSchema = z.string().regex(ENTITY_ID_PATTERN);

export interface DocumentEntry extends DocumentMetadata {
  id: string;
}

/** Reads every valid entry of the index's documents map (a plain object snapshot), newest first. */
export function readDocumentEntries(entries: Iterable<[string, unknown]>): DocumentEntry[] {
  const documents: DocumentEntry[] = [];
  for (const [id, value] of entries) {
    if (!documentIdSchema.safeParse(id).success) continue;
    const parsed = documentMetadataSchema.safeParse(value);
    if (parsed.success) documents.push({ id, ...parsed.data });
  }
  return documents.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Metadata for a document someone just created, with defaults for what they have not said yet. */
export function newDocumentMetadata(
  input: Pick<DocumentMetadata, 'title' | 'kind'> & Partial<DocumentMetadata>,
  now: number,
): DocumentMetadata {
  return documentMetadataSchema.parse({
    countries: [],
    workStreams: [],
    language: 'en',
    tags: [],
    status: 'draft',
    summary: '',
    ...input,
    updatedAt: now,
  });
}

export const SUMMARY_LENGTH = 280;

/** The summary stored in the index: the start of the body's plain text, whitespace collapsed. */
export function summarise(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length <= SUMMARY_LENGTH ? collapsed : `${collapsed.slice(0, SUMMARY_LENGTH - 1)}…`;
}
