// "New document" in the library: a title, a kind and the language it will be written in; the document starts
// from its kind's template (headings in that language when the app has it) and opens at once.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/vocabulary';
import { navigate } from '../app/router';
import { routes } from '../app/routes';
import { useRoomCache } from '../rooms/RoomsProvider';
import { COMMON_LANGUAGES, languageName } from './labels';
import { createDocumentWithBody } from './model/libraryDocuments';
import { templateBlocks } from './model/templates';

export function NewDocumentForm({ membership, onDone }: { membership: SpaceMembership; onDone(): void }) {
  const { t, i18n } = useTranslation('library');
  const cache = useRoomCache();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('lesson');
  const [language, setLanguage] = useState(i18n.language.split('-')[0] ?? 'en');
  const [busy, setBusy] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || busy) return;
    setBusy(true);
    const headingsIn = i18n.getFixedT(
      i18n.hasResourceBundle(language, 'library') ? language : i18n.language,
      'library',
    );
    try {
      const id = await createDocumentWithBody(
        cache,
        membership,
        { title: title.trim(), kind, language },
        templateBlocks(kind, (key) => headingsIn(key)),
      );
      onDone();
      navigate(routes.entry(membership.space, id));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="library-new"
      onSubmit={(event) => void create(event)}
      aria-labelledby="library-new-heading"
    >
      <h2 id="library-new-heading">{t('newDocument.heading')}</h2>
      <label>
        {t('newDocument.title')}
        <input value={title} onChange={(event) => setTitle(event.target.value)} maxLength={300} required />
      </label>
      <label>
        {t('newDocument.kind')}
        <select value={kind} onChange={(event) => setKind(event.target.value as DocumentKind)}>
          {DOCUMENT_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`kind.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('newDocument.language')}
        <select value={language} onChange={(event) => setLanguage(event.target.value)}>
          {[...new Set([language, ...COMMON_LANGUAGES])].map((code) => (
            <option key={code} value={code}>
              {languageName(code, i18n.language)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={busy}>
        {t('newDocument.submit')}
      </button>
      <button type="button" onClick={onDone}>
        {t('newDocument.cancel')}
      </button>
    </form>
  );
}
