// The first owner's page, reached by the setup link the relay prints (#/setup?code=…): checks the one-time
// code with this page's own server, says plainly when it is used, expired or not valid, and otherwise creates
// the space, saves the membership and opens it. The code leaves the address bar and history once used.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { useAnnounce } from '../app/Announcer';
import { navigate } from '../app/router';
import { routes } from '../app/routes';
import { useSpaces } from '../app/SpacesProvider';
import { CreateSpaceForm } from '../spaces/CreateSpaceForm';
import { failureOf, type RelayFailure } from '../spaces/relayApi';
import { checkSetupCode, type SetupCodeRefusal } from './setupApi';
import './setup.css';

type CheckState =
  | { status: 'checking' }
  | { status: 'valid' }
  | { status: 'refused'; reason: SetupCodeRefusal }
  | { status: 'failed'; reason: RelayFailure };

/** In web mode the relay that printed the link is the one serving this page. */
function pageServer(): string | null {
  const { protocol, origin } = window.location;
  return protocol === 'http:' || protocol === 'https:' ? origin : null;
}

export function SetupScreen({ code }: { code: string }) {
  const { t } = useTranslation(['setup', 'spaces']);
  const { save } = useSpaces();
  const announce = useAnnounce();
  const serverUrl = pageServer();
  const [state, setState] = useState<CheckState>({ status: 'checking' });

  const check = useCallback(async () => {
    if (!serverUrl || code === '') return setState({ status: 'refused', reason: 'unknown' });
    setState({ status: 'checking' });
    try {
      const answer = await checkSetupCode(serverUrl, code);
      setState(answer.ok ? { status: 'valid' } : { status: 'refused', reason: answer.reason });
    } catch (error) {
      setState({ status: 'failed', reason: failureOf(error) });
    }
  }, [serverUrl, code]);

  useEffect(() => {
    void check();
  }, [check]);

  async function created(membership: SpaceMembership) {
    await save(membership);
    announce(t('created', { space: membership.spaceName }));
    // Replace, not push: the used code must not stay in the history.
    navigate(routes.drafts(), { replace: true });
  }

  return (
    <div className="first-run setup-screen">
      <div className="first-run-card setup-card">
        <p className="brand" aria-hidden="true">
          {t('common:app.name')}
        </p>
        <h1>{t('title')}</h1>
        {state.status === 'checking' && (
          <p className="muted" role="status">
            {t('checking')}
          </p>
        )}
        {state.status === 'refused' && (
          <div className="notice notice-error">
            <p role="alert">{t(`spaces:setupCode.${state.reason}`)}</p>
            <p>{t('newLinkHelp')}</p>
            {/* Replace: a refused code is no use in the history either. */}
            <button type="button" onClick={() => navigate(routes.library(), { replace: true })}>
              {t('leave')}
            </button>
          </div>
        )}
        {state.status === 'failed' && (
          <div className="notice notice-error">
            <p role="alert">{t(`spaces:form.errors.${state.reason}`)}</p>
            <button type="button" onClick={() => void check()}>
              {t('retry')}
            </button>
          </div>
        )}
        {state.status === 'valid' && serverUrl && (
          <>
            <p className="lead">{t('intro')}</p>
            <CreateSpaceForm serverUrl={serverUrl} setupCode={code} onCreated={created} />
          </>
        )}
      </div>
    </div>
  );
}
