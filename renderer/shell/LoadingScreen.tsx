// What shows while a part of the app downloads on first use (on a slow link, a second or more): a polite
// status, so a screen reader says it once, in the interface language.
import { useTranslation } from 'react-i18next';

export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
