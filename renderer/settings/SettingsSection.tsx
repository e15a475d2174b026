// Settings: the person's profile, their UI language (applied and saved at once), data saver, and the spaces
// they joined.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import type { UiLanguage } from '../../shared/profile';
import { useAnnounce } from '../app/Announcer';
import { useProfile, useSignedInProfile } from '../app/ProfileProvider';
import { useSpaces } from '../app/SpacesProvider';
import { LanguagePicker } from '../profile/LanguagePicker';
import { ProfileForm } from '../profile/ProfileForm';
import { DataSaverSettings } from './dataSaver/DataSaverSettings';
import { SpacesList } from './SpacesList';

export function SettingsSection() {
  const { t } = useTranslation();
  const profile = useSignedInProfile();
  const { save: saveProfile } = useProfile();
  const { spaces, remove } = useSpaces();
  const announce = useAnnounce();
  const [savingLanguage, setSavingLanguage] = useState(false);

  async function leave(membership: SpaceMembership) {
    await remove(membership);
    announce(t('settings.left', { space: membership.spaceName }));
  }

  async function chooseLanguage(language: UiLanguage) {
    setSavingLanguage(true);
    try {
      await saveProfile({ ...profile, language });
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
          onSave={async (next) => {
            await saveProfile(next);
          }}
        />
      </section>
      <DataSaverSettings />
      <section aria-labelledby="settings-spaces">
        <h2 id="settings-spaces">{t('settings.spacesHeading', { total: spaces.length })}</h2>
        <SpacesList spaces={spaces} onLeave={leave} />
      </section>
    </div>
  );
}
