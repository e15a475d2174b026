// The list of a draft's versions: name the current state (editors), then for each version who and when, open
// it read-only, and restore it after a confirmation that says the current text is kept first.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VERSION_NAME_MAX, type VersionSummary } from '../../../shared/requests/versions';

export interface VersionListProps {
  versions: readonly VersionSummary[] | null;
  canWrite: boolean;
  busy: boolean;
  onSave(name: string): Promise<boolean>;
  onOpen(id: string): void;
  onRestore(version: VersionSummary): Promise<boolean>;
}

export function VersionList({ versions, canWrite, busy, onSave, onOpen, onRestore }: VersionListProps) {
  const { t, i18n } = useTranslation('consultation');
  const [name, setName] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    if (await onSave(trimmed)) {
      setName('');
      setMessage(t('versions.saved', { name: trimmed }));
    }
  };

  const restore = async (version: VersionSummary) => {
    setConfirming(null);
    if (await onRestore(version)) setMessage(t('versions.restored', { name: version.name }));
  };

  return (
    <div className="version-list-area">
      {canWrite && (
        <form className="version-name-form" onSubmit={save}>
          <label>
            {t('versions.nameLabel')}
            <input
              value={name}
              maxLength={VERSION_NAME_MAX}
              placeholder={t('versions.namePlaceholder')}
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          <button type="submit" disabled={busy || name.trim() === ''}>
            {t('versions.save')}
          </button>
        </form>
      )}
      {message && (
        <p role="status" className="version-message">
          {message}
        </p>
      )}
      {versions === null ? (
        <p>{t('versions.loading')}</p>
      ) : versions.length === 0 ? (
        <p>{t('versions.empty')}</p>
      ) : (
        <ol className="version-list" aria-label={t('versions.listLabel')}>
          {[...versions].reverse().map((version) => (
            <li key={version.id} className="version-item" data-version-name={version.name}>
              <div className="version-item-head">
                <strong className="version-name">{version.name}</strong>
                <span className="version-by">
                  {version.createdBy
                    ? t('versions.by', { name: version.createdBy.name, when: when.format(version.createdAt) })
                    : when.format(version.createdAt)}
                </span>
              </div>
              <div className="version-item-actions">
                <button type="button" onClick={() => onOpen(version.id)}>
                  {t('versions.open')}
                </button>
                {canWrite && confirming !== version.id && (
                  <button type="button" disabled={busy} onClick={() => setConfirming(version.id)}>
                    {t('versions.restore')}
                  </button>
                )}
              </div>
              {confirming === version.id && (
                <div className="version-confirm" role="alertdialog" aria-label={t('versions.confirmLabel')}>
                  <p>{t('versions.confirm', { name: version.name })}</p>
                  <button type="button" disabled={busy} onClick={() => void restore(version)}>
                    {t('versions.confirmRestore')}
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    {t('versions.cancel')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
