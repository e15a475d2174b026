// The main screen: a skip link, the top bar (space, connection, who you are, mentions), the section navigation and
// the screen the route names. Layout uses logical CSS properties so right-to-left languages mirror it.
import { Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInProfile } from '../app/ProfileProvider';
import { useRoute } from '../app/router';
import { screenFor } from '../app/Screens';
import { useSpaces } from '../app/SpacesProvider';
import { MentionsInbox } from '../consultation/mentions/MentionsInbox';
import { showsWelcome } from '../host/model/welcome';
import { WelcomeScreen } from '../host/WelcomeScreen';
import { JoinFromLinks } from '../join/JoinFromLinks';
import { useLiveRole } from '../rooms/useLiveRole';
import { ConnectionStatus } from './ConnectionStatus';
import { LoadingScreen } from './LoadingScreen';
import { Navigation } from './Navigation';
import { SpaceSwitcher } from './SpaceSwitcher';

export function Workspace() {
  const profile = useSignedInProfile();
  const { spaces, current, choose } = useSpaces();
  const route = useRoute();
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const screen = screenFor(route);
  useLiveRole();

  if (screen.frame === 'bare') {
    return (
      <main id="main" className="bare-screen" tabIndex={-1}>
        <JoinFromLinks />
        <Suspense fallback={<LoadingScreen />}>{screen.render(route)}</Suspense>
      </main>
    );
  }

  return (
    <div className="workspace">
      {/* A button, not a link: the hash holds the route, so the skip moves focus without changing it. */}
      <button type="button" className="skip-link" onClick={() => main.current?.focus()}>
        {t('skipLink')}
      </button>
      <header className="top-bar">
        <p className="brand">{t('app.name')}</p>
        <SpaceSwitcher spaces={spaces} current={current} onChoose={choose} />
        <ConnectionStatus />
        <p className="me">
          <span className="me-colour" style={{ backgroundColor: profile.colour }} aria-hidden="true" />
          <span className="visually-hidden">{t('profile.signedInAs')} </span>
          {profile.displayName}
        </p>
        <MentionsInbox />
      </header>
      <Navigation current={route.name === 'join' ? 'library' : route.name} />
      <main id="main" ref={main} tabIndex={-1}>
        <JoinFromLinks />
        {showsWelcome(spaces.length, route) ? (
          <WelcomeScreen />
        ) : (
          <>
            <h1>{t(screen.title)}</h1>
            {/* Screens other than the Library and Drafts download when first opened. */}
            <Suspense fallback={<LoadingScreen />}>{screen.render(route)}</Suspense>
          </>
        )}
      </main>
    </div>
  );
}
