// The first screen once the profile exists and no space does: on the desktop, start a space on this computer
// or join with a link; in a browser, where to find a setup or invite link, and the same paste-a-link join.
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../app/PlatformProvider';
import { JoinFromLinks } from '../join/JoinFromLinks';
import { JoinWithLink } from './JoinWithLink';
import { StartHere } from './StartHere';
import './host.css';

export function WelcomeScreen() {
  const { t } = useTranslation(['host', 'common']);
  const { host } = usePlatform();

  return (
    <main className="first-run welcome-screen" id="main" tabIndex={-1}>
      <div className="first-run-card welcome-card">
        <p className="brand" aria-hidden="true">
          {t('common:app.name')}
        </p>
        <h1>{t('welcome.title')}</h1>
        {/* A deep link or #/join route that arrives now is joined (and explained) here too. */}
        <JoinFromLinks />
        {host ? (
          <>
            <p className="lead">{t('welcome.leadDesktop')}</p>
            <StartHere host={host} />
          </>
        ) : (
          <>
            <p className="lead">{t('welcome.leadWeb')}</p>
            <p>{t('welcome.setupLinkHint')}</p>
            <p>{t('welcome.inviteHint')}</p>
          </>
        )}
        <JoinWithLink />
      </div>
    </main>
  );
}
