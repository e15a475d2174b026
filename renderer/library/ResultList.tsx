// The entries the library shows: title (a link to the entry) with the matched words marked, what it is and
// where from, a snippet around the first matched word of the body (or the summary), and a bookmark toggle.
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentEntry } from '../../shared/documents';
import { routeHash, routes } from '../app/routes';
import type { Bookmarks } from './bookmarks';
import { countryName } from './countries';
import type { SearchHit } from './search/searchIndex';
import { highlight, type SnippetPart, snippet } from './search/snippets';

const PAGE = 50;

function Marked({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts never reorder.
          <mark key={index}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts never reorder.
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}

function Result({
  entry,
  hit,
  space,
  bookmarks,
}: {
  entry: DocumentEntry;
  hit: SearchHit | undefined;
  space: string;
  bookmarks: Bookmarks;
}) {
  const { t, i18n } = useTranslation('library');
  const terms = new Set(hit?.terms ?? []);
  const lines =
    hit?.inText && !hit.inSummary
      ? snippet(entry.text, terms, entry.language)
      : highlight(entry.summary, terms, entry.language);
  const bookmarked = bookmarks.ids.has(entry.id);
  const details = [
    t(`kind.${entry.kind}`),
    entry.countries.map((code) => countryName(code, i18n.language)).join(', '),
    String(new Date(entry.createdAt).getFullYear()),
    t(`status.${entry.status}`),
  ].filter(Boolean);
  return (
    <li className="library-result" data-entry={entry.id}>
      <h3 lang={entry.language}>
        <a href={routeHash(routes.entry(space, entry.id))}>
          <Marked parts={highlight(entry.title, terms, entry.language)} />
        </a>
      </h3>
      <p className="library-result-details">{details.join(' · ')}</p>
      {lines.length > 0 && (
        <p className="library-snippet" lang={entry.language}>
          <Marked parts={lines} />
        </p>
      )}
      <button
        type="button"
        className="library-bookmark"
        aria-pressed={bookmarked}
        aria-label={t(bookmarked ? 'bookmarks.removeNamed' : 'bookmarks.addNamed', { title: entry.title })}
        onClick={() => bookmarks.toggle(entry.id)}
      >
        {bookmarked ? '★' : '☆'}
      </button>
    </li>
  );
}

export function ResultList({
  shown,
  hits,
  space,
  bookmarks,
}: {
  shown: DocumentEntry[];
  hits: Map<string, SearchHit>;
  space: string;
  bookmarks: Bookmarks;
}) {
  const { t } = useTranslation('library');
  const [limit, setLimit] = useState(PAGE);
  return (
    <>
      <ul className="library-results" aria-label={t('results.label')}>
        {shown.slice(0, limit).map((entry) => (
          <Result key={entry.id} entry={entry} hit={hits.get(entry.id)} space={space} bookmarks={bookmarks} />
        ))}
      </ul>
      {shown.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          {t('results.more', { count: Math.min(PAGE, shown.length - limit) })}
        </button>
      )}
    </>
  );
}
