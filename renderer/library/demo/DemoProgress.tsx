// What adding the demo space is doing: creating it, then lessons written so far, or why it failed.
import { useTranslation } from 'react-i18next';
import type { DemoStep } from './useAddDemoSpace';

export function DemoProgress({ step }: { step: DemoStep }) {
  const { t } = useTranslation('library');
  if (step.kind === 'creating') return <p role="status">{t('demo.creating')}</p>;
  if (step.kind === 'failed') return <p role="alert">{t('demo.failed')}</p>;
  if (step.kind !== 'seeding') return null;
  return (
    <p role="status">
      <progress max={step.total} value={step.done} aria-label={t('demo.progressLabel')} />{' '}
      {t('demo.seeding', { done: step.done, total: step.total })}
    </p>
  );
}
