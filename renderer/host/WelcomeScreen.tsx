// What a person with no space sees in place of the sections: on the desktop, start a space on this computer
// or join with a link; in a browser, where to find a setup or invite link, and the same paste-a-link join.
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../app/PlatformProvider';
import { JoinWithLink } from './JoinWithLink';
import { StartHere } from './StartHere';
import './host.css';

export function WelcomeScreen() {
  const { t } = useTranslation('host');
  const { host } = usePlatform();

  return (
    <div className="welcome-screen">
      <h1>{t('welcome.title')}</h1>
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
  );
}
