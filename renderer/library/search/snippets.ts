// The lines a search result shows: a window of the text around the first matched word, with every matched
// word in it marked. The index gives the matched words folded; the text is scanned word by word (stopping at
// the first hit) and each word folded the same way, so "Réfugiés" is marked for a search for "refugies".
import { foldWord, wordsOf } from './tokens';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

const BEFORE = 60;
const LENGTH = 220;

/** Marks the matched words of `text` (all of it: for titles and summaries). */
export function highlight(text: string, terms: ReadonlySet<string>, language?: string): SnippetPart[] {
  return mark(text, 0, text.length, terms, language);
}

/** A window of a long text around its first matched word, or its opening when none matches. */
export function snippet(text: string, terms: ReadonlySet<string>, language?: string): SnippetPart[] {
  let first = -1;
  if (terms.size > 0) {
    for (const { word, index } of wordsOf(text, language)) {
      if (terms.has(foldWord(word))) {
        first = index;
        break;
      }
    }
  }
  const start = first <= BEFORE ? 0 : text.lastIndexOf(' ', first - BEFORE) + 1 || first - BEFORE;
  const end = Math.min(text.length, start + LENGTH);
  const parts = mark(text, start, end, terms, language);
  if (start > 0) parts.unshift({ text: '…', hit: false });
  if (end < text.length) parts.push({ text: '…', hit: false });
  return parts;
}

function mark(
  text: string,
  start: number,
  end: number,
  terms: ReadonlySet<string>,
  language?: string,
): SnippetPart[] {
  const window = text.slice(start, end);
  const parts: SnippetPart[] = [];
  let at = 0;
  if (terms.size > 0) {
    for (const { word, index } of wordsOf(window, language)) {
      if (!terms.has(foldWord(word))) continue;
      if (index > at) parts.push({ text: window.slice(at, index), hit: false });
      parts.push({ text: word, hit: true });
      at = index + word.length;
    }
  }
  if (at < window.length) parts.push({ text: window.slice(at), hit: false });
  return parts;
}
