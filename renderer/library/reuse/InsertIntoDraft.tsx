// "Insert into my draft" on a library entry: the person picks one of their drafts (recently opened first, in
// any of their spaces), the lesson goes in as a quotation with a link back to this entry, and the draft opens
// on it. Mount it on an entry's view: <InsertIntoDraft source={membership} entry={entry} />.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentEntry } from '../../../shared/documents';
import type { RecentDocument, SpaceMembership } from '../../../shared/ipc/contract';
import { useAnnounce } from '../../app/Announcer';
import { usePlatform } from '../../app/PlatformProvider';
import { navigate } from '../../app/router';
import { routes } from '../../app/routes';
import { useSpaces } from '../../app/SpacesProvider';
import { useSpaceIndex } from '../../drafts/useSpaceIndex';
import { type DraftChoice, draftChoices } from './draftChoices';
import { entryHref, quotedWords } from './quotationText';
import './reuse.css';

type Step = { kind: 'idle' } | { kind: 'inserting' } | { kind: 'failed' } | { kind: 'kept-locally' };

export function InsertIntoDraft({ source, entry }: { source: SpaceMembership; entry: DocumentEntry }) {
  const { t } = useTranslation('library');
  const platform = usePlatform();
  const announce = useAnnounce();
  const { spaces, current, choose } = useSpaces();
  const index = useSpaceIndex(current);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [recent, setRecent] = useState<RecentDocument[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    void platform.listRecentDocuments().then((documents) => {
      if (!cancelled) setRecent(documents);
    });
    return () => {
      cancelled = true;
    };
  }, [open, platform]);

  const choices = draftChoices({
    recent,
    spaces,
    current,
    currentDocuments: index.documents,
    source: { serverUrl: source.serverUrl, space: source.space, id: entry.id },
  });
  const keyOf = (choice: DraftChoice) =>
    `${choice.membership.serverUrl} ${choice.membership.space} ${choice.id}`;
  const target = choices.find((choice) => keyOf(choice) === chosen) ?? choices[0] ?? null;

  /** Opens the draft, in its own space (the entry may be in another, such as the demo space). */
  function openDraft(draft: DraftChoice) {
    if (current?.serverUrl !== draft.membership.serverUrl || current.space !== draft.membership.space)
      choose(draft.membership);
    navigate(routes.drafts(draft.id));
  }

  async function insert() {
    if (!target || step.kind === 'inserting') return;
    setStep({ kind: 'inserting' });
    try {
      const { insertQuotation } = await import('./insertIntoDraft');
      const result = await insertQuotation(target, {
        text: quotedWords(entry),
        title: entry.title,
        href: entryHref(source.space, entry.id),
        citation: t('reuse.citation'),
      });
      announce(t('reuse.inserted', { draft: target.title }));
      if (!result.stored) {
        setStep({ kind: 'kept-locally' });
        return;
      }
      setStep({ kind: 'idle' });
      setOpen(false);
      openDraft(target);
    } catch {
      setStep({ kind: 'failed' });
    }
  }

  return (
    <div className="insert-into-draft">
      <button type="button" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen(!open)}>
        {t('reuse.button')}
      </button>
      {open && (
        <div id={`${id}-panel`} className="insert-into-draft-panel">
          {choices.length === 0 ? (
            <p>{t('reuse.noDrafts')}</p>
          ) : (
            <fieldset>
              <legend>{t('reuse.choose')}</legend>
              {choices.map((choice) => (
                <label key={keyOf(choice)}>
                  <input
                    type="radio"
                    name={`${id}-draft`}
                    checked={target !== null && keyOf(target) === keyOf(choice)}
                    onChange={() => setChosen(keyOf(choice))}
                  />
                  <span>{choice.title}</span>
                  {choice.membership.space !== source.space && (
                    <span className="muted">
                      {t('reuse.inSpace', { space: choice.membership.spaceName })}
                    </span>
                  )}
                </label>
              ))}
            </fieldset>
          )}
          {step.kind === 'failed' && <p role="alert">{t('reuse.failed')}</p>}
          {step.kind === 'kept-locally' && target && (
            <p role="status">
              {t('reuse.keptLocally')}{' '}
              <button type="button" onClick={() => openDraft(target)}>
                {t('reuse.openDraft', { draft: target.title })}
              </button>
            </p>
          )}
          <div className="insert-into-draft-actions">
            {target && (
              <button
                type="button"
                className="primary"
                disabled={step.kind === 'inserting'}
                aria-busy={step.kind === 'inserting'}
                onClick={() => void insert()}
              >
                {step.kind === 'inserting' ? t('reuse.inserting') : t('reuse.insert')}
              </button>
            )}
            <button type="button" onClick={() => setOpen(false)}>
              {t('reuse.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
