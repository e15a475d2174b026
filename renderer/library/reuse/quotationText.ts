// The words and the link of a quotation of a library entry, without the editor: what the "Insert into my
// draft" button needs before anything is inserted (the insertion itself loads Lexical on demand).
import type { DocumentEntry } from '../../../shared/documents';

export interface Quotation {
  /** The quoted words: the lesson's summary, or the start of its text. */
  text: string;
  /** The source's title, the link's words. */
  title: string;
  /** The link back, `#/entry/<space>/<documentId>`. */
  href: string;
  /** Words before the link, in the reader's language ("Source:"). */
  citation: string;
}

const QUOTE_LENGTH = 600;

/** The link back to a library entry (the route the library opens entries on). */
export const entryHref = (space: string, documentId: string) =>
  `#/entry/${encodeURIComponent(space)}/${encodeURIComponent(documentId)}`;

/** The words to quote: the summary, or, when there is none, the start of the text at a sentence end. */
export function quotedWords(entry: Pick<DocumentEntry, 'summary' | 'text'>): string {
  if (entry.summary.trim()) return entry.summary.trim();
  const text = entry.text.replace(/\s+/g, ' ').trim();
  if (text.length <= QUOTE_LENGTH) return text;
  const cut = text.slice(0, QUOTE_LENGTH);
  const sentenceEnd = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('。'), cut.lastIndexOf('؟ '));
  return sentenceEnd > QUOTE_LENGTH / 2 ? cut.slice(0, sentenceEnd + 1) : `${cut}…`;
}
