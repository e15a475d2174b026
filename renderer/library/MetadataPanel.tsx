// An entry's details: title, kind, countries (ISO codes, named in the UI language), region, work streams,
// language, tags, status and sensitivity. Editors change them here (each change is one write to the index);
// others read them. Marking a document final, or public, first runs the personal-data review.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  DOCUMENT_STATUSES,
  type DocumentEntry,
  type DocumentMetadata,
  SENSITIVITIES,
} from '../../shared/documents';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { canWrite } from '../../shared/roles';
import { DOCUMENT_KINDS, WORK_STREAMS } from '../../shared/vocabulary';
import { touchDocument } from '../drafts/model/spaceIndex';
import { CountryPicker } from './CountryPicker';
import { COMMON_LANGUAGES, languageName } from './labels';
import { PersonalDataCheckButton } from './privacy/PersonalDataCheckButton';
import { usePersonalDataCheck } from './privacy/usePersonalDataCheck';

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

interface Props {
  membership: SpaceMembership;
  entry: DocumentEntry;
  indexDoc: Y.Doc | null;
}

export function MetadataPanel({ membership, entry, indexDoc }: Props) {
  const { t, i18n } = useTranslation('library');
  const privacy = usePersonalDataCheck();
  const writable = canWrite(membership.role, 'index') && indexDoc !== null;
  const [title, setTitle] = useState(entry.title);
  const [tags, setTags] = useState(entry.tags.join(', '));
  const [language, setLanguage] = useState(entry.language);
  const [region, setRegion] = useState(entry.region);
  const ui = i18n.language;

  const save = (changes: Partial<DocumentMetadata>) => {
    if (indexDoc) touchDocument(indexDoc, entry.id, changes);
  };
  const onSubmit = (event: FormEvent) => event.preventDefault();

  const setStatus = async (status: DocumentMetadata['status']) => {
    if (status === 'final' && !(await privacy.checkBeforeFinal({ membership, entry }))) return;
    save({ status });
  };
  const setSensitivity = async (sensitivity: DocumentMetadata['sensitivity']) => {
    if (sensitivity === 'public' && !(await privacy.checkBeforeFinal({ membership, entry }))) return;
    save({ sensitivity });
  };

  if (!writable) {
    return (
      <section className="library-metadata" aria-label={t('metadata.heading')}>
        <dl>
          <dt>{t('metadata.kind')}</dt>
          <dd>{t(`kind.${entry.kind}`)}</dd>
          <dt>{t('metadata.countries')}</dt>
          <dd>
            {entry.countries
              .map((code) => new Intl.DisplayNames([ui], { type: 'region' }).of(code))
              .join(', ') || '—'}
          </dd>
          <dt>{t('metadata.region')}</dt>
          <dd>{entry.region || '—'}</dd>
          <dt>{t('metadata.workStreams')}</dt>
          <dd>{entry.workStreams.map((stream) => t(`workStream.${stream}`)).join(', ') || '—'}</dd>
          <dt>{t('metadata.language')}</dt>
          <dd>{languageName(entry.language, ui)}</dd>
          <dt>{t('metadata.tags')}</dt>
          <dd>{entry.tags.join(', ') || '—'}</dd>
          <dt>{t('metadata.status')}</dt>
          <dd>{t(`status.${entry.status}`)}</dd>
          <dt>{t('metadata.sensitivity')}</dt>
          <dd>{t(`sensitivity.${entry.sensitivity}`)}</dd>
        </dl>
      </section>
    );
  }

  return (
    <details className="library-metadata" open>
      <summary>{t('metadata.heading')}</summary>
      <form onSubmit={onSubmit}>
        <label>
          {t('metadata.title')}
          <input
            value={title}
            maxLength={300}
            onChange={(event) => setTitle(event.target.value)}
            onBlur={() => title.trim() && title.trim() !== entry.title && save({ title: title.trim() })}
          />
        </label>
        <label>
          {t('metadata.kind')}
          <select
            value={entry.kind}
            onChange={(event) => save({ kind: event.target.value as DocumentMetadata['kind'] })}
          >
            {DOCUMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <CountryPicker value={entry.countries} onChange={(countries) => save({ countries })} />
        <label>
          {t('metadata.region')}
          <input
            value={region}
            maxLength={80}
            onChange={(event) => setRegion(event.target.value)}
            onBlur={() => region.trim() !== entry.region && save({ region: region.trim() })}
          />
        </label>
        <fieldset>
          <legend>{t('metadata.workStreams')}</legend>
          {WORK_STREAMS.map((stream) => (
            <label key={stream} className="library-check">
              <input
                type="checkbox"
                checked={entry.workStreams.includes(stream)}
                onChange={(event) =>
                  save({
                    workStreams: event.target.checked
                      ? [...entry.workStreams, stream]
                      : entry.workStreams.filter((s) => s !== stream),
                  })
                }
              />
              {t(`workStream.${stream}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('metadata.language')}
          <input
            value={language}
            list="library-languages"
            aria-invalid={!LANGUAGE_TAG.test(language)}
            onChange={(event) => setLanguage(event.target.value.trim())}
            onBlur={() => LANGUAGE_TAG.test(language) && language !== entry.language && save({ language })}
          />
          <datalist id="library-languages">
            {COMMON_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languageName(code, ui)}
              </option>
            ))}
          </datalist>
        </label>
        <label>
          {t('metadata.tags')}
          <input
            value={tags}
            onChange={(event) => setTags(event.target.value)}
            onBlur={() => {
              const next = [
                ...new Set(
                  tags
                    .split(',')
                    .map((tag) => tag.trim())
                    .filter(Boolean),
                ),
              ].slice(0, 40);
              if (next.join(',') !== entry.tags.join(',')) save({ tags: next });
            }}
          />
        </label>
        <label>
          {t('metadata.status')}
          <select
            value={entry.status}
            onChange={(event) => void setStatus(event.target.value as DocumentMetadata['status'])}
          >
            {DOCUMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('metadata.sensitivity')}
          <select
            value={entry.sensitivity}
            onChange={(event) => void setSensitivity(event.target.value as DocumentMetadata['sensitivity'])}
          >
            {SENSITIVITIES.map((sensitivity) => (
              <option key={sensitivity} value={sensitivity}>
                {t(`sensitivity.${sensitivity}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <PersonalDataCheckButton membership={membership} entry={entry} />
      {privacy.dialog}
    </details>
  );
}
