// The facilitator's controls: the current item's timer (start, pause or resume, +1 / +5 minutes, skip), bring
// everyone to the item on screen, lock or unlock the board, and close the session. Attendance and the raised
// hands sit beside it (Attendance.tsx).
import { useTranslation } from 'react-i18next';
import { unlockEndCue } from '../model/endCue';
import type { SessionActions, TimerAction } from '../model/sessionActions';
import type { SessionView } from '../model/sessionView';
import { useRequestStatus } from '../model/useRequestStatus';
import { RequestProblem } from '../RequestProblem';

export interface FacilitatorConsoleProps {
  view: SessionView;
  actions: SessionActions;
  /** The agenda item the facilitator is looking at. */
  itemId: string | null;
  onClose(): void;
}

export function FacilitatorConsole({ view, actions, itemId, onClose }: FacilitatorConsoleProps) {
  const { t } = useTranslation('sessions');
  const { problem, busy, run } = useRequestStatus();
  const timer = view.timer;
  const timerOnThisItem = timer !== null && timer.state !== 'stopped' && timer.itemId === itemId;
  const closed = view.status === 'closed';

  const act = (action: TimerAction) => {
    unlockEndCue();
    void run(() => actions.timer(action));
  };

  return (
    <section className="session-console" aria-labelledby="session-console-heading">
      <h2 id="session-console-heading">{t('console.heading')}</h2>
      <fieldset className="session-console-group" aria-label={t('console.timerGroup')}>
        {!timerOnThisItem && (
          <button
            type="button"
            className="primary"
            disabled={busy || closed || itemId === null}
            onClick={() => act(itemId ? { action: 'start', itemId } : { action: 'start' })}
          >
            {t('console.start')}
          </button>
        )}
        {timerOnThisItem && timer.state === 'running' && (
          <button type="button" disabled={busy} onClick={() => act({ action: 'pause' })}>
            {t('console.pause')}
          </button>
        )}
        {timerOnThisItem && timer.state === 'paused' && (
          <button type="button" className="primary" disabled={busy} onClick={() => act({ action: 'resume' })}>
            {t('console.resume')}
          </button>
        )}
        <button
          type="button"
          disabled={busy || !timerOnThisItem}
          onClick={() => act({ action: 'extend', minutes: 1 })}
        >
          {t('console.extendOne')}
        </button>
        <button
          type="button"
          disabled={busy || !timerOnThisItem}
          onClick={() => act({ action: 'extend', minutes: 5 })}
        >
          {t('console.extendFive')}
        </button>
        <button
          type="button"
          disabled={busy || closed || view.agenda.length === 0}
          onClick={() => act({ action: 'skip' })}
        >
          {t('console.skip')}
        </button>
      </fieldset>
      <fieldset className="session-console-group" aria-label={t('console.roomGroup')}>
        <button
          type="button"
          disabled={busy || closed || itemId === null}
          onClick={() => itemId && void run(() => actions.bringEveryoneHere(itemId))}
        >
          {t('console.bringEveryone')}
        </button>
        <button
          type="button"
          aria-pressed={view.locked}
          disabled={busy || closed}
          onClick={() => void run(() => actions.lock(!view.locked))}
        >
          {view.locked ? t('console.unlock') : t('console.lock')}
        </button>
        <button type="button" className="danger" disabled={busy || closed} onClick={onClose}>
          {t('console.close')}
        </button>
      </fieldset>
      <RequestProblem problem={problem} />
    </section>
  );
}
