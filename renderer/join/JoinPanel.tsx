// Shows a join in progress, or why it failed with a way to retry; the person's other spaces stay usable.
import { useTranslation } from 'react-i18next';
import type { JoinState } from './useJoin';

export interface JoinPanelProps {
  state: JoinState;
  onRetry: () => void;
  onDismiss: () => void;
}

export function JoinPanel({ state, onRetry, onDismiss }: JoinPanelProps) {
  const { t } = useTranslation();
  if (state.status === 'idle') return null;
  if (state.status === 'joining') {
    return (
      <section className="notice" role="status" aria-label={t('join.title')}>
        <p>{t('join.joining', { space: state.space })}</p>
      </section>
    );
  }
  const canRetry = state.problem !== 'malformed';
  return (
    <section className="notice notice-error" aria-label={t('join.title')}>
      <p role="alert">{t(`join.errors.${state.problem}`, { space: state.space ?? '' })}</p>
      <div className="actions">
        {canRetry && (
          <button type="button" className="primary" onClick={onRetry}>
            {t('join.retry')}
          </button>
        )}
        <button type="button" onClick={onDismiss}>
          {t('join.dismiss')}
        </button>
      </div>
    </section>
  );
}
