// "Start on this computer": starts the relay the app hosts (loopback only), asks it for a setup code, and
// shows the space form against the local address; the new space opens on its drafts.
import { useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { useAnnounce } from '../app/Announcer';
import { navigate } from '../app/router';
import { routes } from '../app/routes';
import { useSpaces } from '../app/SpacesProvider';
import type { HostControl } from '../platform/Platform';
import { CreateSpaceForm } from '../spaces/CreateSpaceForm';
import { prepareLocalSpace, START_HERE_IDLE, startHere } from './model/startHere';

export function StartHere({ host }: { host: HostControl }) {
  const { t } = useTranslation('host');
  const { save } = useSpaces();
  const announce = useAnnounce();
  const [state, dispatch] = useReducer(startHere, START_HERE_IDLE);
  // The reducer ignores a second 'start'; this keeps a second click from even asking main.
  const starting = useRef(false);

  async function start() {
    if (starting.current) return;
    starting.current = true;
    dispatch({ type: 'start' });
    dispatch(await prepareLocalSpace(host));
    starting.current = false;
  }

  async function created(membership: SpaceMembership) {
    await save(membership);
    announce(t('startHere.created', { space: membership.spaceName }));
    navigate(routes.drafts(), { replace: true });
  }

  return (
    <section className="welcome-choice" aria-labelledby="start-here-heading">
      <h2 id="start-here-heading">{t('startHere.heading')}</h2>
      {state.step === 'create-space' ? (
        <>
          <p className="muted">{t('startHere.formHeading')}</p>
          <CreateSpaceForm serverUrl={state.serverUrl} setupCode={state.setupCode} onCreated={created} />
          <button type="button" onClick={() => dispatch({ type: 'cancel' })}>
            {t('startHere.cancel')}
          </button>
        </>
      ) : (
        <>
          <p>{t('startHere.explain')}</p>
          {state.step === 'failed' && (
            <p className="notice notice-error" role="alert">
              {t(`problems.${state.problem}`)}
            </p>
          )}
          <button
            type="button"
            className="primary"
            disabled={state.step === 'starting'}
            aria-busy={state.step === 'starting'}
            onClick={() => void start()}
          >
            {state.step === 'starting' ? t('startHere.starting') : t('startHere.start')}
          </button>
        </>
      )}
    </section>
  );
}
