// The main screen: a skip link, the top bar (space, connection, who you are), the section navigation and
// the current section. Layout uses logical CSS properties so right-to-left languages mirror it.
import type { ReactNode } from 'react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import type { Profile } from '../../shared/profile';
import { DraftsSection } from '../drafts/DraftsSection';
import { LibrarySection } from '../library/LibrarySection';
import type { Platform } from '../platform/Platform';
import { SessionsSection } from '../sessions/SessionsSection';
import { SettingsSection } from '../settings/SettingsSection';
import { ConnectionStatus } from './ConnectionStatus';
import { Navigation } from './Navigation';
import { SpaceSwitcher } from './SpaceSwitcher';
import type { Section } from './sections';

export interface WorkspaceProps {
  platform: Platform;
  profile: Profile;
  spaces: SpaceMembership[];
  current: SpaceMembership | null;
  section: Section;
  announcement: string;
  joinPanel: ReactNode;
  onNavigate: (section: Section) => void;
  onChooseSpace: (membership: SpaceMembership) => void;
  onSaveProfile: (profile: Profile) => Promise<void>;
  onLeaveSpace: (membership: SpaceMembership) => Promise<void>;
}

export function Workspace(props: WorkspaceProps) {
  const { platform, profile, spaces, current, section } = props;
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);

  return (
    <div className="workspace">
      {/* A button, not a link: the hash holds the route, so the skip moves focus without changing it. */}
      <button type="button" className="skip-link" onClick={() => main.current?.focus()}>
        {t('skipLink')}
      </button>
      <header className="top-bar">
        <p className="brand">{t('app.name')}</p>
        <SpaceSwitcher spaces={spaces} current={current} onChoose={props.onChooseSpace} />
        <ConnectionStatus membership={current} />
        <p className="me">
          <span className="me-colour" style={{ backgroundColor: profile.colour }} aria-hidden="true" />
          <span className="visually-hidden">{t('profile.signedInAs')} </span>
          {profile.displayName}
        </p>
      </header>
      <Navigation current={section} onNavigate={props.onNavigate} />
      <main id="main" ref={main} tabIndex={-1}>
        {props.joinPanel}
        <h1>{t(`nav.${section}`)}</h1>
        {section === 'library' && <LibrarySection membership={current} platform={platform} />}
        {section === 'drafts' && <DraftsSection membership={current} profile={profile} platform={platform} />}
        {section === 'sessions' && <SessionsSection membership={current} />}
        {section === 'settings' && (
          <SettingsSection
            profile={profile}
            spaces={spaces}
            onSaveProfile={props.onSaveProfile}
            onLeaveSpace={props.onLeaveSpace}
          />
        )}
      </main>
      <p className="visually-hidden" role="status" aria-live="polite">
        {props.announcement}
      </p>
    </div>
  );
}
