// The library of lessons learnt and good practices. For now: the recently opened documents of the current
// space (each opens its draft), or a note that there is nothing yet; browsing and search come with the library.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentDocument } from '../../shared/ipc/contract';
import { usePlatform } from '../app/PlatformProvider';
import { navigate } from '../app/router';
import { routes } from '../app/routes';
import { useSpaces } from '../app/SpacesProvider';
import { EmptyState } from '../shell/EmptyState';

export function LibrarySection() {
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

  if (!membership) return <EmptyState message={t('noSpace')} />;
  const inSpace = recent.filter((d) => d.serverUrl === membership.serverUrl && d.space === membership.space);
  if (inSpace.length === 0) return <EmptyState message={t('empty', { space: membership.spaceName })} />;
  return (
    <section aria-labelledby="library-recent">
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
