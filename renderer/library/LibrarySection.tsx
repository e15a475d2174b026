// The library of lessons learnt and good practices of the current space: search (every script, accents and
// typos forgiven), facets with live counts, sort by relevance or date, bookmarks, and "New document" from a
// template. It reads the index room's local replica and a search index saved on this device, so it works offline.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentDocument } from '../../shared/ipc/contract';
import { canWrite } from '../../shared/roles';
import { usePlatform } from '../app/PlatformProvider';
import { navigate } from '../app/router';
import { routes } from '../app/routes';
import { useSpaces } from '../app/SpacesProvider';
import { useRoomState } from '../rooms/RoomsProvider';
import { EmptyState } from '../shell/EmptyState';
import { useBookmarks } from './bookmarks';
import { AddDemoSpace } from './demo/AddDemoSpace';
import { FacetPanel } from './FacetPanel';
import { type FacetSelection, toggleFacet } from './model/facets';
import { NewDocumentForm } from './NewDocumentForm';
import { ResultList } from './ResultList';
import { useLibrary } from './useLibrary';
import { type LibrarySort, useLibrarySearch } from './useLibrarySearch';
import './library.css';

export function LibrarySection() {
  const { t } = useTranslation('library');
  const membership = useSpaces().current;
  if (!membership) return <EmptyState message={t('noSpace')} />;
  return <LibraryBrowser key={`${membership.serverUrl} ${membership.space}`} />;
}

function LibraryBrowser() {
  const { t } = useTranslation('library');
  const membership = useSpaces().current;
  const library = useLibrary(membership);
  const bookmarks = useBookmarks(membership);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<LibrarySort>('relevance');
  const [selection, setSelection] = useState<FacetSelection>({});
  const [bookmarkedOnly, setBookmarkedOnly] = useState(false);
  const [creating, setCreating] = useState(false);
  const loaded = useRoomState(library.room)?.loaded ?? false;
  const view = useLibrarySearch(library, query, selection, sort, bookmarkedOnly ? bookmarks.ids : null);

  if (!membership) return null;
  const writable = canWrite(membership.role, 'index');
  const picked = Object.values(selection).some((values) => (values?.length ?? 0) > 0);

  return (
    <div className="library">
      <div className="library-bar">
        <label className="library-search">
          <span className="visually-hidden">{t('search.label')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('search.placeholder')}
            aria-label={t('search.label')}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <label>
          {t('sort.label')}
          <select value={sort} onChange={(event) => setSort(event.target.value as LibrarySort)}>
            <option value="relevance">{t('sort.relevance')}</option>
            <option value="date">{t('sort.date')}</option>
          </select>
        </label>
        <label className="library-check">
          <input
            type="checkbox"
            checked={bookmarkedOnly}
            onChange={(event) => setBookmarkedOnly(event.target.checked)}
          />
          {t('bookmarks.only')}
        </label>
        {writable && !creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('newDocument.open')}
          </button>
        )}
      </div>
      {creating && <NewDocumentForm membership={membership} onDone={() => setCreating(false)} />}
      <div className="library-columns">
        <aside aria-label={t('facets.label')}>
          <FacetPanel
            counts={view.counts}
            selection={selection}
            onToggle={(facet, value) => setSelection((current) => toggleFacet(current, facet, value))}
          />
          {picked && (
            <button type="button" className="link-button" onClick={() => setSelection({})}>
              {t('facets.clear')}
            </button>
          )}
          <RecentlyOpened />
        </aside>
        <section className="library-main" aria-labelledby="library-results-heading">
          <h2 id="library-results-heading" aria-live="polite">
            {view.searching ? t('results.searching') : t('results.count', { count: view.shown.length })}
          </h2>
          {library.readiness === 'indexing' && <p className="muted">{t('search.indexing')}</p>}
          {library.entries.length === 0 && loaded ? (
            <>
              <EmptyState message={t('empty', { space: membership.spaceName })} />
              <AddDemoSpace />
            </>
          ) : (
            <ResultList
              key={`${query} ${sort} ${JSON.stringify(selection)}`}
              shown={view.shown}
              hits={view.hits}
              space={membership.space}
              bookmarks={bookmarks}
            />
          )}
        </section>
      </div>
    </div>
  );
}

/** The documents this person opened lately in this space (saved on this device). */
function RecentlyOpened() {
  const { t } = useTranslation('library');
  const platform = usePlatform();
  const membership = useSpaces().current;
  const [recent, setRecent] = useState<RecentDocument[]>([]);

  useEffect(() => {
    let cancelled = false;
    platform.listRecentDocuments().then((documents) => {
      if (!cancelled) setRecent(documents);
    });
    return () => {
      cancelled = true;
    };
  }, [platform]);

  if (!membership) return null;
  const inSpace = recent.filter((d) => d.serverUrl === membership.serverUrl && d.space === membership.space);
  if (inSpace.length === 0) return null;
  return (
    <section aria-labelledby="library-recent" className="library-recent">
      <h2 id="library-recent">{t('recentHeading')}</h2>
      <ul className="document-list">
        {inSpace.map((document) => (
          <li key={document.id}>
            <button
              type="button"
              className="document-title"
              onClick={() => navigate(routes.drafts(document.id))}
            >
              {document.title}
            </button>
            <span className="muted">
              {t('openedAt', {
                date: new Date(document.openedAt),
                formatParams: { date: { dateStyle: 'long', timeStyle: 'short' } },
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
