// "Related": the entries that share the most with this one (model/related.ts), as links.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentEntry } from '../../shared/documents';
import { routeHash, routes } from '../app/routes';
import { relatedEntries } from './model/related';

export function RelatedEntries({
  entry,
  entries,
  space,
}: {
  entry: DocumentEntry;
  entries: DocumentEntry[];
  space: string;
}) {
  const { t } = useTranslation('library');
  const related = useMemo(() => relatedEntries(entry, entries), [entry, entries]);
  if (related.length === 0) return null;
  return (
    <section className="library-related" aria-labelledby="library-related-heading">
      <h3 id="library-related-heading">{t('related.heading')}</h3>
      <ul>
        {related.map((other) => (
          <li key={other.id}>
            <a href={routeHash(routes.entry(space, other.id))}>{other.title}</a>
            <span className="muted"> · {t(`kind.${other.kind}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
