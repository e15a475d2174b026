// Settings' "Data saver" section: the switch (saved in the profile, applied at once) and how much this session
// has downloaded so far, refreshed every few seconds while the section is open.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProfile, useSignedInProfile } from '../../app/ProfileProvider';
import { setDataSaver } from './dataSaver';
import { type Downloaded, downloadedThisSession } from './downloadCounter';
import '../settings.css';

const REFRESH_MS = 2000;

/** Bytes as a person reads them, in the UI language: "420 byte", "3.4 kB", "312 kB", "1,4 MB". */
export function formatBytes(bytes: number, language: string): string {
  const [unit, value] =
    bytes >= 1_000_000
      ? (['megabyte', bytes / 1_000_000] as const)
      : bytes >= 1000
        ? (['kilobyte', bytes / 1000] as const)
        : (['byte', bytes] as const);
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0,
  }).format(value);
}

function useDownloaded(): Downloaded {
  const [downloaded, setDownloaded] = useState(downloadedThisSession);
  useEffect(() => {
    const timer = setInterval(() => setDownloaded(downloadedThisSession()), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  return downloaded;
}

export function DataSaverSettings() {
  const { t, i18n } = useTranslation();
  const profile = useSignedInProfile();
  const { save } = useProfile();
  const [saving, setSaving] = useState(false);
  const downloaded = useDownloaded();
  const id = useId();
  const on = profile.dataSaver === true;

  async function toggle(next: boolean) {
    setSaving(true);
    setDataSaver(next);
    try {
      await save({ ...profile, dataSaver: next });
    } catch {
      setDataSaver(on);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="data-saver">
      <h2 id={`${id}-heading`}>{t('settings.dataSaver.heading')}</h2>
      <div className="field field-checkbox">
        <input
          id={`${id}-switch`}
          type="checkbox"
          checked={on}
          disabled={saving}
          aria-describedby={`${id}-about`}
          onChange={(event) => void toggle(event.target.checked)}
        />
        <label htmlFor={`${id}-switch`}>{t('settings.dataSaver.label')}</label>
      </div>
      <p id={`${id}-about`} className="hint">
        {t('settings.dataSaver.about')}
      </p>
      <p className="data-saver-downloaded" data-testid="downloaded-this-session">
        {t('settings.dataSaver.downloaded', {
          total: formatBytes(downloaded.files + downloaded.live, i18n.language),
          files: formatBytes(downloaded.files, i18n.language),
          live: formatBytes(downloaded.live, i18n.language),
        })}
      </p>
    </section>
  );
}
