// After a session closes, for the facilitator: where its notes went in the library, and the outcome as Word or
// as a CSV of every contribution. If writing the library document failed (offline at the wrong moment), it can
// be written again from the closed room.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../../app/PlatformProvider';
import { navigate } from '../../app/router';
import { routes } from '../../app/routes';
import { fileNameFor } from '../model/fileName';
import { outcomeBlocks, outcomeCsv } from './outcomeWriting';
import type { SessionOutcome } from './sessionOutcome';

export interface OutcomePanelProps {
  outcome: SessionOutcome;
  documentId: string | null;
  onWriteNotes(): Promise<void>;
}

export function OutcomePanel({ outcome, documentId, onWriteNotes }: OutcomePanelProps) {
  const { t, i18n } = useTranslation('sessions');
  const platform = usePlatform();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const translate = (key: string, options?: Record<string, unknown>) => t(key, options ?? {});

  const save = async (format: 'docx' | 'csv') => {
    setBusy(true);
    setMessage('');
    try {
      const data =
        format === 'docx'
          ? await (await import('./exportOutcomeDocx')).exportOutcomeDocx(
              outcome.title,
              outcomeBlocks(outcome, translate),
              i18n.dir() === 'rtl',
            )
          : new TextEncoder().encode(outcomeCsv(outcome, translate));
      const filter =
        format === 'docx' ? { name: 'Word', extensions: ['docx'] } : { name: 'CSV', extensions: ['csv'] };
      const saved = await platform.saveFile(fileNameFor(outcome.title, format), data, [filter]);
      setMessage(saved ? t('outcome.saved') : '');
    } catch {
      setMessage(t('outcome.exportFailed'));
    } finally {
      setBusy(false);
    }
  };

  const write = async () => {
    setBusy(true);
    try {
      await onWriteNotes();
    } catch {
      setMessage(t('outcome.writeFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="session-outcome notice" aria-labelledby="session-outcome-heading">
      <h2 id="session-outcome-heading">{t('outcome.heading')}</h2>
      <p>{t('outcome.summary', { date: outcome.date, count: outcome.participants })}</p>
      {documentId ? (
        <p>
          {t('outcome.inLibrary')}{' '}
          <button type="button" className="link-button" onClick={() => navigate(routes.drafts(documentId))}>
            {t('outcome.documentTitle', { title: outcome.title })}
          </button>
        </p>
      ) : (
        <button type="button" className="primary" disabled={busy} onClick={() => void write()}>
          {t('outcome.writeNotes')}
        </button>
      )}
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void save('docx')}>
          {t('outcome.docx')}
        </button>
        <button type="button" disabled={busy} onClick={() => void save('csv')}>
          {t('outcome.csv')}
        </button>
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
