// The personal-data review: a dialog listing each likely piece of personal data in a document's body with the
// words around it (the match highlighted), and one-step replacements (initials or a placeholder, one match or
// all), which edit the body everyone sees. Before "final" it warns; the author may still go ahead.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indexText, summarise } from '../../../shared/documents';
import { useSpaceIndex } from '../../drafts/useSpaceIndex';
import type { BodyMatch } from './bodyScan';
import type { PersonalDataTarget } from './personalDataTarget';
import { type ReplacementStyle, replacementFor } from './replacements';
import type { ReviewSession } from './reviewSession';
import './privacy.css';

type Phase =
  | { kind: 'scanning' }
  | { kind: 'found'; matches: BodyMatch[]; busy: boolean; kept: boolean }
  | { kind: 'failed' };

export interface PersonalDataReviewProps {
  target: PersonalDataTarget;
  /** 'before-final': warns, and the author marks final (true) or not (false); 'check': a plain review. */
  mode: 'before-final' | 'check';
  onClose(goAhead: boolean): void;
}

const isName = (match: BodyMatch) => match.kind === 'name' || match.kind === 'name-with-age';

export function PersonalDataReview({ target, mode, onClose }: PersonalDataReviewProps) {
  const { t } = useTranslation('library');
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const session = useRef<ReviewSession | null>(null);
  const index = useSpaceIndex(target.membership);
  const [phase, setPhase] = useState<Phase>({ kind: 'scanning' });
  const { membership, entry } = target;
  const finishRef = useRef(onClose);
  finishRef.current = onClose;

  useEffect(() => {
    dialog.current?.showModal();
    let cancelled = false;
    void import('./reviewSession')
      .then(({ startReview }) => startReview(membership, entry.id, entry.language))
      .then((started) => {
        if (cancelled) return started.close();
        session.current = started;
        // Nothing found before "final": nothing to warn about, go ahead at once.
        if (started.matches.length === 0 && mode === 'before-final') finishRef.current(true);
        else setPhase({ kind: 'found', matches: started.matches, busy: false, kept: false });
      })
      .catch(() => {
        if (!cancelled) setPhase({ kind: 'failed' });
      });
    return () => {
      cancelled = true;
      session.current?.close();
      session.current = null;
    };
  }, [membership, entry.id, entry.language, mode]);

  async function replace(matches: BodyMatch[], style: ReplacementStyle) {
    if (!session.current || phase.kind !== 'found' || phase.busy) return;
    setPhase({ ...phase, busy: true });
    const outcome = await session.current.replace(matches.map((match) => ({ match, style })));
    // The index keeps the body's text and summary for lists and search: they must not keep the data either.
    let summary = entry.summary;
    for (const [from, to] of outcome.replaced) summary = summary.split(from).join(to);
    index.touchDocument(entry.id, { text: indexText(outcome.text), summary: summarise(summary) });
    setPhase({ kind: 'found', matches: outcome.matches, busy: false, kept: !outcome.stored });
  }

  const preview = (match: BodyMatch, style: ReplacementStyle) => replacementFor(match, style, entry.language);
  const matches = phase.kind === 'found' ? phase.matches : [];
  const busy = phase.kind === 'found' && phase.busy;

  return (
    <dialog
      ref={dialog}
      className="personal-data-review"
      aria-labelledby={`${id}-heading`}
      onCancel={(event) => {
        event.preventDefault();
        onClose(false);
      }}
    >
      <h2 id={`${id}-heading`}>{t('privacy.heading', { title: entry.title })}</h2>
      {phase.kind === 'scanning' && <p role="status">{t('privacy.scanning')}</p>}
      {phase.kind === 'failed' && <p role="alert">{t('privacy.failed')}</p>}
      {phase.kind === 'found' && matches.length === 0 && <p role="status">{t('privacy.none')}</p>}
      {matches.length > 0 && (
        <>
          <p role="alert">{t('privacy.warning')}</p>
          <div className="personal-data-all">
            <button type="button" disabled={busy} onClick={() => void replace(matches, 'initials')}>
              {t('privacy.replaceAllInitials')}
            </button>
            <button type="button" disabled={busy} onClick={() => void replace(matches, 'placeholder')}>
              {t('privacy.replaceAllPlaceholders')}
            </button>
          </div>
          <ul className="personal-data-matches" aria-label={t('privacy.listLabel')}>
            {matches.map((match) => (
              <li key={`${match.block}:${match.start}`} className="personal-data-match">
                <span className="personal-data-kind">{t(`privacy.kind.${match.kind}`)}</span>
                <q dir="auto">
                  {match.before}
                  <mark>{match.text}</mark>
                  {match.after}
                </q>
                <span className="personal-data-actions">
                  {isName(match) && (
                    <button type="button" disabled={busy} onClick={() => void replace([match], 'initials')}>
                      {t('privacy.replaceWith', { replacement: preview(match, 'initials') })}
                    </button>
                  )}
                  <button type="button" disabled={busy} onClick={() => void replace([match], 'placeholder')}>
                    {t('privacy.replaceWith', { replacement: preview(match, 'placeholder') })}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {phase.kind === 'found' && phase.kept && <p role="status">{t('privacy.keptLocally')}</p>}
      <div className="personal-data-footer">
        {mode === 'before-final' ? (
          <>
            <button
              type="button"
              className="primary"
              disabled={phase.kind === 'scanning' || busy}
              onClick={() => onClose(true)}
            >
              {matches.length > 0 ? t('privacy.markFinalAnyway') : t('privacy.markFinal')}
            </button>
            <button type="button" onClick={() => onClose(false)}>
              {t('privacy.cancel')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => onClose(false)}>
            {t('privacy.close')}
          </button>
        )}
      </div>
    </dialog>
  );
}
