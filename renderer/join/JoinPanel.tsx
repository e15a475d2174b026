// Asks before joining (which server, which space, who decides the role), then shows the join in progress, or
// why it failed with a way to retry; the person's other spaces stay usable.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { JoinLink } from '../../shared/ipc/join-link';
import type { JoinState } from './useJoin';

export interface JoinPanelProps {
  state: JoinState;
  onConfirm: () => void;
  onRetry: () => void;
  onDismiss: () => void;
}

/** The server as a person can check it: its host (and port), punycode for look-alike names, never a link text. */
export const serverHost = (serverUrl: string): string => new URL(serverUrl).host;

function JoinConfirm({ link, onConfirm, onCancel }: { link: JoinLink; onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const host = serverHost(link.serverUrl);
  // A link can arrive while the person is elsewhere on the page: take them to the question.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="notice join-confirm" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('join.confirm.heading')}
      </h2>
      <dl className="join-confirm-details">
        <dt>{t('join.confirm.server')}</dt>
        <dd dir="ltr" data-join="server">
          {host}
        </dd>
        <dt>{t('join.confirm.space')}</dt>
        <dd data-join="space">{link.space}</dd>
        <dt>{t('join.confirm.role')}</dt>
        <dd>{t('join.confirm.roleFromServer')}</dd>
      </dl>
      <p className="muted">{t('join.confirm.nothingSent', { host })}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={onConfirm}>
          {t('join.confirm.join', { space: link.space })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('join.confirm.cancel')}
        </button>
      </div>
    </section>
  );
}

export function JoinPanel({ state, onConfirm, onRetry, onDismiss }: JoinPanelProps) {
  const { t } = useTranslation();
  if (state.status === 'idle') return null;
  if (state.status === 'confirming') {
    return <JoinConfirm link={state.link} onConfirm={onConfirm} onCancel={onDismiss} />;
  }
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
