// Settings: the person's profile, their UI language (applied and saved at once), and the spaces they joined.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import type { Profile, UiLanguage } from '../../shared/profile';
import { LanguagePicker } from '../profile/LanguagePicker';
import { ProfileForm } from '../profile/ProfileForm';
import { SpacesList } from './SpacesList';

export interface SettingsSectionProps {
  profile: Profile;
  spaces: SpaceMembership[];
  onSaveProfile: (profile: Profile) => Promise<void>;
  onLeaveSpace: (membership: SpaceMembership) => Promise<void>;
}

export function SettingsSection({ profile, spaces, onSaveProfile, onLeaveSpace }: SettingsSectionProps) {
  const { t } = useTranslation();
  const [savingLanguage, setSavingLanguage] = useState(false);

  async function chooseLanguage(language: UiLanguage) {
    setSavingLanguage(true);
    try {
      await onSaveProfile({ ...profile, language });
    } finally {
      setSavingLanguage(false);
    }
  }

  return (
    <div className="settings">
      <section aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.languageHeading')}</h2>
        <LanguagePicker
          value={profile.language}
          onChange={chooseLanguage}
          disabled={savingLanguage}
          hideLabel
        />
      </section>
      <section aria-labelledby="settings-profile">
        <h2 id="settings-profile">{t('settings.profileHeading')}</h2>
        <ProfileForm
          initial={profile}
          language={profile.language}
          submitLabel={t('settings.saveProfile')}
          onSave={onSaveProfile}
        />
      </section>
      <section aria-labelledby="settings-spaces">
        <h2 id="settings-spaces">{t('settings.spacesHeading', { total: spaces.length })}</h2>
        <SpacesList spaces={spaces} onLeave={onLeaveSpace} />
      </section>
    </div>
  );
}
