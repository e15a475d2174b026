// The renderer's root: loads the profile and spaces from the Platform, shows the first-run screen until a
// profile exists, handles join links, and otherwise shows the workspace on the current space.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import type { Profile } from '../../shared/profile';
import { JoinPanel } from '../join/JoinPanel';
import { type JoinRequest, type MalformedJoinLink, parseDeepLink, parseJoinHash } from '../join/joinLink';
import { useJoin } from '../join/useJoin';
import type { Platform } from '../platform/Platform';
import { FirstRun } from '../profile/FirstRun';
import { sectionFromHash, sectionHash } from './sections';
import { useHash } from './useHash';
import { Workspace } from './Workspace';

const sameSpace = (a: SpaceMembership, b: { serverUrl: string; space: string }) =>
  a.serverUrl === b.serverUrl && a.space === b.space;

export function App({ platform }: { platform: Platform }) {
  const { t, i18n } = useTranslation();
  const [profile, setProfile] = useState<Profile | null | undefined>(undefined);
  const [spaces, setSpaces] = useState<SpaceMembership[]>([]);
  const [current, setCurrent] = useState<SpaceMembership | null>(null);
  const [deepLink, setDeepLink] = useState<JoinRequest | MalformedJoinLink | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [hash, navigate] = useHash();

  useEffect(() => {
    let cancelled = false;
    Promise.all([platform.getProfile(), platform.listSpaces()]).then(([storedProfile, storedSpaces]) => {
      if (cancelled) return;
      if (storedProfile) void i18n.changeLanguage(storedProfile.language);
      setProfile(storedProfile);
      setSpaces(storedSpaces);
      // The most recently joined space is listed last.
      setCurrent(storedSpaces.at(-1) ?? null);
    });
    return () => {
      cancelled = true;
    };
  }, [platform, i18n]);

  useEffect(() => platform.onJoinLink((url) => setDeepLink(parseDeepLink(url))), [platform]);

  const hashJoin = useMemo(() => parseJoinHash(hash, window.location.origin), [hash]);
  const joinRequest = deepLink ?? hashJoin;

  const finishJoin = useCallback(() => {
    setDeepLink(null);
    navigate(sectionHash('library'), { replace: true });
  }, [navigate]);

  const join = useJoin(joinRequest, profile?.displayName ?? null, platform, (membership, saved) => {
    setSpaces(saved);
    setCurrent(saved.find((s) => sameSpace(s, membership)) ?? membership);
    setAnnouncement(t('join.joined', { space: membership.spaceName }));
    finishJoin();
  });

  async function saveProfile(next: Profile) {
    const saved = await platform.setProfile(next);
    setProfile(saved);
    await i18n.changeLanguage(saved.language);
  }

  async function leaveSpace(membership: SpaceMembership) {
    const remaining = await platform.removeSpace(membership.serverUrl, membership.space);
    setSpaces(remaining);
    if (current && sameSpace(current, membership)) setCurrent(remaining.at(-1) ?? null);
    setAnnouncement(t('settings.left', { space: membership.spaceName }));
  }

  if (profile === undefined) return <p className="loading">{t('app.loading')}</p>;
  if (profile === null) return <FirstRun onSave={saveProfile} />;

  return (
    <Workspace
      platform={platform}
      profile={profile}
      spaces={spaces}
      current={current}
      section={sectionFromHash(joinRequest ? '' : hash)}
      announcement={announcement}
      onNavigate={(section) => navigate(sectionHash(section))}
      onChooseSpace={setCurrent}
      onSaveProfile={saveProfile}
      onLeaveSpace={leaveSpace}
      joinPanel={<JoinPanel state={join.state} onRetry={join.retry} onDismiss={finishJoin} />}
    />
  );
}
