// "Start on this computer": starts the relay the app hosts (loopback only), asks it for a setup code, and
// shows the space form against the local address; the new space opens on its drafts. The demo space with
// sample lessons is offered beside it (ticked by default) and added on the same relay once the space exists.
import { useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { useAnnounce } from '../app/Announcer';
import { navigate } from '../app/router';
import { routes } from '../app/routes';
import { useSpaces } from '../app/SpacesProvider';
import { DemoProgress } from '../library/demo/DemoProgress';
import { useAddDemoSpace } from '../library/demo/useAddDemoSpace';
import type { HostControl } from '../platform/Platform';
import { CreateSpaceForm } from '../spaces/CreateSpaceForm';
import { prepareLocalSpace, START_HERE_IDLE, startHere } from './model/startHere';

export function StartHere({ host }: { host: HostControl }) {
  const { t } = useTranslation('host');
  const { t: tLibrary } = useTranslation('library');
  const { save } = useSpaces();
  const announce = useAnnounce();
  const [state, dispatch] = useReducer(startHere, START_HERE_IDLE);
  // The reducer ignores a second 'start'; this keeps a second click from even asking main.
  const starting = useRef(false);
  const [withDemo, setWithDemo] = useState(true);
  const demo = useAddDemoSpace();

  async function start() {
    if (starting.current) return;
    starting.current = true;
    dispatch({ type: 'start' });
    dispatch(await prepareLocalSpace(host));
    starting.current = false;
  }

  async function created(membership: SpaceMembership) {
    // The person owns the new space, so the demo can be added beside it. Saved before their own space, which
    // is saved last so it is the one that opens (saving any space replaces this screen).
    if (withDemo) {
      const added = await demo.add(membership, { save: false });
      if (added) await save(added);
    }
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
          <label className="start-here-demo">
            <input
              type="checkbox"
              checked={withDemo}
              onChange={(event) => setWithDemo(event.target.checked)}
            />
            {tLibrary('demo.offerFirstRun')}
          </label>
          <DemoProgress step={demo.step} />
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
