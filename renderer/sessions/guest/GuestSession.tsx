// The session on a participant's screen: the room their pass opens, alone on the page, with a way to leave.
import { useTranslation } from 'react-i18next';
import { useRoom, useRoomState } from '../../rooms/RoomsProvider';
import { useServerClock } from '../model/useServerClock';
import { useSession } from '../model/useSession';
import { SessionPage } from '../SessionPage';
import type { SessionPass } from './sessionPass';

/** Participants' cursors in the live notes: one calm colour, as a guest has no profile colour. */
const GUEST_COLOUR = '#00796b';

export function GuestSession({ pass, onLeave }: { pass: SessionPass; onLeave(): void }) {
  const { t } = useTranslation('sessions');
  const { serverUrl, answer } = pass;
  const room = useRoom(answer.room, { serverUrl, token: answer.token });
  const state = useRoomState(room);
  const clock = useServerClock(room);
  const { view, me, actions } = useSession(room);

  return (
    <main id="main" className="session-guest" tabIndex={-1}>
      <header className="session-guest-bar">
        <p className="brand">{t('guest.brand', { space: answer.spaceName })}</p>
        <p className="muted">{t('guest.you', { name: answer.name })}</p>
        <button type="button" onClick={onLeave}>
          {t('guest.leave')}
        </button>
      </header>
      {state?.status === 'refused' ? (
        <p className="notice notice-error" role="alert">
          {t('guest.refused')}
        </p>
      ) : !view.ready || !actions ? (
        <p role="status">{t('page.waiting')}</p>
      ) : (
        <SessionPage
          view={view}
          actions={actions}
          me={me}
          offsetMs={clock.offsetMs}
          notes={{
            serverUrl,
            token: answer.token,
            room: answer.room,
            presence: { name: answer.name, colour: GUEST_COLOUR },
          }}
        />
      )}
    </main>
  );
}
