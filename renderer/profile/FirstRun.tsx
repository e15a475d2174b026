// The first screen on a fresh install: the person says who they are and picks their language, which the
// screen switches to at once so the rest of the form reads in it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile, UiLanguage } from '../../shared/profile';
import { LanguagePicker } from './LanguagePicker';
import { ProfileForm } from './ProfileForm';

/** Presence colours with enough contrast against white text and the light background. */
const COLOURS = ['#1f6feb', '#b35900', '#2e7d32', '#8e24aa', '#c62828', '#00796b', '#5d4037', '#3949ab'];

export interface FirstRunProps {
  onSave: (profile: Profile) => Promise<void>;
}

export function FirstRun({ onSave }: FirstRunProps) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<UiLanguage>(i18n.language as UiLanguage);
  const [initial] = useState<Profile>(() => ({
    displayName: '',
    colour: COLOURS[Math.floor(Math.random() * COLOURS.length)] ?? '#1f6feb',
    organisation: '',
    country: '',
    language,
  }));

  function chooseLanguage(next: UiLanguage) {
    setLanguage(next);
    void i18n.changeLanguage(next);
  }

  return (
    <main className="first-run" id="main">
      <div className="first-run-card">
        <p className="brand" aria-hidden="true">
          {t('app.name')}
        </p>
        <h1>{t('firstRun.title')}</h1>
        <p className="lead">{t('firstRun.intro')}</p>
        <ProfileForm initial={initial} language={language} submitLabel={t('firstRun.submit')} onSave={onSave}>
          <LanguagePicker value={language} onChange={chooseLanguage} />
        </ProfileForm>
      </div>
    </main>
  );
}
