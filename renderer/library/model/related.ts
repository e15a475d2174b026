// "Related" entries: those sharing the most with this one (tags, work streams, countries, region, kind, and
// the words of the title), best first. Cheap enough to run over 10,000 entries when an entry opens.
import type { DocumentEntry } from '../../../shared/documents';
import { foldWord, tokenise } from '../search/tokens';

const titleWords = (entry: DocumentEntry) =>
  new Set(
    tokenise(entry.title, entry.language)
      .map(foldWord)
      .filter((word) => word.length > 3),
  );

const shared = (a: readonly string[], b: readonly string[]) => a.filter((value) => b.includes(value)).length;

export function relatedEntries(
  entry: DocumentEntry,
  entries: readonly DocumentEntry[],
  limit = 5,
): DocumentEntry[] {
  const words = titleWords(entry);
  const scored: { entry: DocumentEntry; score: number }[] = [];
  for (const other of entries) {
    if (other.id === entry.id) continue;
    let score =
      2 * shared(entry.tags, other.tags) +
      shared(entry.workStreams, other.workStreams) +
      shared(entry.countries, other.countries) +
      (entry.region !== '' && entry.region === other.region ? 0.5 : 0) +
      (entry.kind === other.kind ? 0.5 : 0);
    if (score < 1) continue;
    for (const word of titleWords(other)) if (words.has(word)) score += 1;
    scored.push({ entry: other, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || b.entry.updatedAt - a.entry.updatedAt)
    .slice(0, limit)
    .map(({ entry: related }) => related);
}
