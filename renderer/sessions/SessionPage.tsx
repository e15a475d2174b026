// One session on screen, for the facilitator and for participants alike: the timer on top, the agenda, the
// board of the item in view, quick polls, raising a hand and the live notes; the facilitator also gets the
// console, attendance and the raised hands. Members and guests (SessionGuestScreen) both show this.
import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgendaList } from './AgendaList';
import { Board } from './board/Board';
import { Polls } from './board/Polls';
import { Attendance } from './console/Attendance';
import { FacilitatorConsole } from './console/FacilitatorConsole';
import { SessionTimer } from './console/SessionTimer';
import { unlockEndCue } from './model/endCue';
import type { SessionActions, SessionMe } from './model/sessionActions';
import type { SessionView } from './model/sessionView';
import { useRequestStatus } from './model/useRequestStatus';
import { useViewedItem } from './model/useViewedItem';
import { RequestProblem } from './RequestProblem';
import './sessions.css';

const LiveNotes = lazy(() => import('./notes/LiveNotes'));

export interface SessionPageProps {
  view: SessionView;
  actions: SessionActions;
  me: SessionMe | null;
  offsetMs: number;
  /** Where the live notes connect. */
  notes: {
    serverUrl: string;
    token: string;
    room: string;
    presence: { name: string; colour: string } | null;
  };
  /** The facilitator's join link, code and QR code. */
  joinInfo?: ReactNode;
  /** The facilitator closes the session (the member page writes the outcome to the library). */
  onClose?: () => void;
  /** Shown once the session is closed (the outcome and its exports, for the facilitator). */
  closedPanel?: ReactNode;
}

function RaiseHand({ view, actions, me }: { view: SessionView; actions: SessionActions; me: SessionMe }) {
  const { t } = useTranslation('sessions');
  const { problem, busy, run } = useRequestStatus();
  const position = me.handId === null ? -1 : view.hands.findIndex((hand) => hand.id === me.handId);
  const raised = position >= 0;
  return (
    <div className="session-hand">
      <button
        type="button"
        aria-pressed={raised}
        disabled={busy}
        onClick={() => void run(() => (raised ? actions.lowerHand() : actions.raiseHand()))}
      >
        {raised ? t('hand.lower') : t('hand.raise')}
      </button>
      {raised && <span role="status">{t('hand.position', { position: position + 1 })}</span>}
      <RequestProblem problem={problem} />
    </div>
  );
}

/** Asks the relay who wrote which note: only the facilitator of a 'facilitator-only' session may. */
function useAuthors(
  view: SessionView,
  actions: SessionActions,
  facilitator: boolean,
): Record<string, string> {
  const [authors, setAuthors] = useState<Record<string, string>>({});
  const wanted = facilitator && view.anonymity === 'facilitator-only';
  const noteCount = view.notes.length;
  useEffect(() => {
    if (!wanted || noteCount === 0) return;
    let cancelled = false;
    actions
      .authors()
      .then((found) => {
        if (!cancelled) setAuthors(found);
      })
      .catch(() => {
        // Not shown is the safe failure.
      });
    return () => {
      cancelled = true;
    };
  }, [wanted, noteCount, actions]);
  return wanted ? authors : {};
}

export function SessionPage({
  view,
  actions,
  me,
  offsetMs,
  notes,
  joinInfo,
  onClose,
  closedPanel,
}: SessionPageProps) {
  const { t } = useTranslation('sessions');
  const facilitator = me?.facilitator ?? false;
  const viewed = useViewedItem(view, facilitator);
  const authors = useAuthors(view, actions, facilitator);
  const timerItem = view.agenda.find((item) => item.id === view.timer?.itemId) ?? null;
  const item = view.agenda.find((entry) => entry.id === viewed.itemId) ?? null;
  const closed = view.status === 'closed';

  return (
    // A click anywhere lets the end-of-item beep play later (browsers allow sound only after a gesture).
    // biome-ignore lint/a11y/noStaticElementInteractions: not a control; it only unlocks audio.
    // biome-ignore lint/a11y/useKeyWithClickEvents: key presses on the controls inside unlock it as well.
    <div
      className="session-page"
      data-role={facilitator ? 'facilitator' : 'participant'}
      onClick={unlockEndCue}
    >
      <header className="session-header">
        <h2>{view.title}</h2>
        <p className="muted">
          {view.date && <time dateTime={view.date}>{view.date}</time>}
          {' · '}
          {t(`status.${view.status}`)}
        </p>
      </header>
      <SessionTimer timer={view.timer} offsetMs={offsetMs} itemTitle={timerItem?.title ?? null} />
      {closed && closedPanel}
      {facilitator && onClose && (
        <FacilitatorConsole view={view} actions={actions} itemId={viewed.itemId} onClose={onClose} />
      )}
      {facilitator && joinInfo}
      <div className="session-columns">
        <AgendaList view={view} viewed={viewed} facilitator={facilitator} />
        <div className="session-work">
          {item ? (
            <>
              <h3 className="session-item-title" data-item-id={item.id}>
                {item.title}
              </h3>
              <Board
                key={item.id}
                view={view}
                actions={actions}
                me={me}
                itemId={item.id}
                facilitator={facilitator}
                authors={authors}
              />
            </>
          ) : (
            <p className="muted">{t('agenda.empty')}</p>
          )}
          <Polls view={view} actions={actions} me={me} facilitator={facilitator} itemId={item?.id ?? null} />
        </div>
      </div>
      {me && !facilitator && !closed && <RaiseHand view={view} actions={actions} me={me} />}
      {facilitator && <Attendance view={view} actions={actions} />}
      {/* Mounted once the session's anonymity is known, and again if it changes: presence is decided at connect. */}
      {view.ready && (
        <Suspense fallback={<p role="status">{t('liveNotes.loading')}</p>}>
          <LiveNotes
            key={`${view.anonymity} ${closed}`}
            serverUrl={notes.serverUrl}
            token={notes.token}
            room={notes.room}
            presence={view.anonymity === 'anonymous' ? null : notes.presence}
            writable={!closed}
          />
        </Suspense>
      )}
    </div>
  );
}
