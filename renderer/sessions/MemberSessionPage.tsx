// A session opened by a member of the space (#/sessions/<id>): the session page with, for its facilitator,
// the join link and code, closing (the outcome goes to the library) and the outcome's exports. Keeps the
// space's list of sessions in step with the session's status.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { sessionRoom } from '../../shared/rooms';
import type { SessionListing } from '../../shared/session-index';
import { useSignedInProfile } from '../app/ProfileProvider';
import { navigate } from '../app/router';
import { routes } from '../app/routes';
import { useRoom, useRoomCache } from '../rooms/RoomsProvider';
import { closeSession, currentOutcome, writeSessionNotes } from './closing/closeSession';
import { OutcomePanel } from './closing/OutcomePanel';
import { JoinInfo } from './console/JoinInfo';
import { type RequestProblem as Problem, problemOf } from './model/useRequestStatus';
import { useServerClock } from './model/useServerClock';
import { useSession } from './model/useSession';
import { RequestProblem } from './RequestProblem';
import { SessionPage } from './SessionPage';

export interface MemberSessionPageProps {
  membership: SpaceMembership;
  sessionId: string;
  listing: SessionListing | undefined;
  updateListing(changes: Partial<SessionListing>): void;
}

export function MemberSessionPage({ membership, sessionId, listing, updateListing }: MemberSessionPageProps) {
  const { t, i18n } = useTranslation('sessions');
  const profile = useSignedInProfile();
  const cache = useRoomCache();
  const roomName = sessionRoom(membership.space, sessionId);
  const room = useRoom(roomName, membership);
  const clock = useServerClock(room);
  const { view, me, actions } = useSession(room);
  const facilitator = me?.facilitator ?? false;
  const [confirming, setConfirming] = useState(false);
  const [closing, setClosing] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [participants, setParticipants] = useState<number | null>(null);
  const translate = (key: string, options?: Record<string, unknown>) => t(key, options ?? {});

  // The facilitator's screen keeps the space's list saying whether the session is ready, running or closed.
  const status = view.ready ? view.status : null;
  useEffect(() => {
    if (facilitator && status && listing && listing.status !== status) updateListing({ status });
  }, [facilitator, status, listing, updateListing]);

  const back = (
    <button type="button" className="session-back-to-list" onClick={() => navigate(routes.sessions())}>
      {t('list.back')}
    </button>
  );
  if (!room || !actions) return back;
  if (!view.ready) {
    return (
      <>
        {back}
        <p role="status">{t('page.waiting')}</p>
      </>
    );
  }

  const close = async () => {
    setClosing(true);
    setProblem(null);
    try {
      const closed = await closeSession({
        room,
        actions,
        cache,
        membership,
        language: i18n.language,
        t: translate,
        markClosed: (documentId) => updateListing({ status: 'closed', notesDocumentId: documentId }),
      });
      setParticipants(closed.outcome.participants);
      setConfirming(false);
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setClosing(false);
    }
  };

  const closedPanel = facilitator ? (
    <OutcomePanel
      outcome={currentOutcome(room, participants ?? Math.max(0, view.attendance.everPresent - 1))}
      documentId={listing?.notesDocumentId ?? null}
      onWriteNotes={async () => {
        const outcome = currentOutcome(room, participants ?? Math.max(0, view.attendance.everPresent - 1));
        const documentId = await writeSessionNotes(cache, membership, outcome, i18n.language, translate);
        updateListing({ status: 'closed', notesDocumentId: documentId });
      }}
    />
  ) : (
    <p className="notice">{t('page.closed')}</p>
  );

  return (
    <>
      {back}
      {confirming && (
        <section
          className="notice session-close-confirm"
          role="alertdialog"
          aria-labelledby="session-close-q"
        >
          <p id="session-close-q">{t('close.question')}</p>
          <div className="actions">
            <button type="button" className="danger" disabled={closing} onClick={() => void close()}>
              {t('close.confirm')}
            </button>
            <button type="button" disabled={closing} onClick={() => setConfirming(false)}>
              {t('close.cancel')}
            </button>
          </div>
          {closing && <p role="status">{t('close.working')}</p>}
          <RequestProblem problem={problem} />
        </section>
      )}
      <SessionPage
        view={view}
        actions={actions}
        me={me}
        offsetMs={clock.offsetMs}
        notes={{
          serverUrl: membership.serverUrl,
          token: membership.token,
          room: roomName,
          presence: { name: profile.displayName, colour: profile.colour },
        }}
        joinInfo={
          <JoinInfo
            serverUrl={membership.serverUrl}
            shortCode={view.shortCode}
            actions={actions}
            closed={view.status === 'closed'}
          />
        }
        onClose={() => setConfirming(true)}
        closedPanel={closedPanel}
      />
    </>
  );
}
