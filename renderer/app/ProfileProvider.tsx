// The person's profile for every screen: loaded once from the Platform, saved through it, and the UI
// language switched with it. Children render only once the profile is known (null: none saved yet).
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../shared/profile';
import { usePlatform } from './PlatformProvider';

export interface ProfileContextValue {
  /** null until the person has filled in the first-run form. */
  profile: Profile | null;
  /** Saves through the Platform and switches the UI to the profile's language; rejects when not saved. */
  save(profile: Profile): Promise<Profile>;
}

const ProfileContext = createContext<ProfileContextValue | null>(null);

export function ProfileProvider({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const { t, i18n } = useTranslation();
  const [profile, setProfile] = useState<Profile | null | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    platform
      .getProfile()
      .catch(() => null)
      .then((stored) => {
        if (cancelled) return;
        if (stored) void i18n.changeLanguage(stored.language);
        setProfile(stored);
      });
    return () => {
      cancelled = true;
    };
  }, [platform, i18n]);

  const save = useCallback(
    async (next: Profile) => {
      const saved = await platform.setProfile(next);
      setProfile(saved);
      await i18n.changeLanguage(saved.language);
      return saved;
    },
    [platform, i18n],
  );

  const value = useMemo(() => (profile === undefined ? null : { profile, save }), [profile, save]);
  if (value === null) return <p className="loading">{t('app.loading')}</p>;
  return <ProfileContext.Provider value={value}>{children}</ProfileContext.Provider>;
}

export function useProfile(): ProfileContextValue {
  const value = useContext(ProfileContext);
  if (!value) throw new Error('useProfile needs a <ProfileProvider> above it');
  return value;
}

/** The profile, for screens that only show once one exists (everything past the first-run form). */
export function useSignedInProfile(): Profile {
  const { profile } = useProfile();
  if (!profile) throw new Error('useSignedInProfile is only for screens shown after the first-run form');
  return profile;
}
