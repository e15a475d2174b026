// The draft's sync state in words a person can act on: saved (and when, once the server confirmed it stored
// them), syncing, offline with N changes kept on this computer (how many not yet sent, how many sent but not
// yet confirmed stored), or refused by the server, with what to do about it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftConnection, SyncState } from './draftConnection';

export function useSyncState(connection: DraftConnection | null): SyncState | null {
  const [state, setState] = useState<SyncState | null>(connection?.getState() ?? null);
  useEffect(() => {
    if (!connection) return;
    setState(connection.getState());
    connection.on('state', setState);
    return () => connection.off('state', setState);
  }, [connection]);
  return state;
}

export function SyncStatus({ connection }: { connection: DraftConnection | null }) {
  const { t, i18n } = useTranslation('drafts');
  const state = useSyncState(connection);
  if (!state) return null;
  const time = (at: number | null) =>
    at === null ? t('sync.never') : new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(at);

  if (state.kind === 'refused') {
    return (
      <div className="draft-sync draft-sync-refused" role="alert" data-sync={state.kind}>
        <p>{t(state.refusal === 'read-only' ? 'sync.refusedReadOnly' : 'sync.refusedAccess')}</p>
        <p>{t(state.refusal === 'read-only' ? 'sync.refusedReadOnlyHelp' : 'sync.refusedAccessHelp')}</p>
        {state.pendingChanges > 0 && <p>{t('sync.keptLocally', { count: state.pendingChanges })}</p>}
        {state.refusal === 'access' && (
          <button type="button" onClick={() => connection?.retry()}>
            {t('sync.retry')}
          </button>
        )}
      </div>
    );
  }

  let text: string;
  switch (state.kind) {
    case 'saved':
      text = t('sync.saved', { time: time(state.lastSyncedAt) });
      break;
    case 'syncing':
      text = t('sync.syncing');
      break;
    case 'connecting':
      text = t('sync.connecting');
      break;
    case 'offline':
      text =
        state.pendingChanges > 0
          ? t('sync.offlinePending', { count: state.pendingChanges, time: time(state.lastSyncedAt) })
          : t('sync.offline', { time: time(state.lastSyncedAt) });
      break;
  }
  const detail =
    state.kind === 'saved'
      ? []
      : [
          state.unsent > 0 ? t('sync.unsent', { count: state.unsent }) : null,
          state.unconfirmed > 0 ? t('sync.unconfirmed', { count: state.unconfirmed }) : null,
        ].filter((part) => part !== null);
  return (
    <p
      className="draft-sync"
      role="status"
      aria-live="polite"
      data-sync={state.kind}
      data-unsent={state.kind === 'saved' ? 0 : state.unsent}
      data-unconfirmed={state.kind === 'saved' ? 0 : state.unconfirmed}
    >
      {text}
      {detail.map((part) => (
        <span key={part} className="draft-sync-detail">
          {part}
        </span>
      ))}
    </p>
  );
}
