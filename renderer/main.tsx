// The renderer's entry: picks the platform (desktop or web), sets up the catalogs in the person's language,
// and mounts the app.
import './zodWithoutEval';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { AnnouncerProvider } from './app/Announcer';
import { PlatformProvider } from './app/PlatformProvider';
import { ProfileProvider } from './app/ProfileProvider';
import { SpacesProvider } from './app/SpacesProvider';
import { applyDocumentLanguage, preferredLanguage, setupI18n } from './i18n/i18n';
import { registerOfflineShell } from './offline/registerServiceWorker';
import { choosePlatform } from './platform/choosePlatform';
import { setDataSaver } from './settings/dataSaver/dataSaver';
import { countDownloads } from './settings/dataSaver/downloadCounter';
import { App } from './shell/App';
import './shell/shell.css';

async function start() {
  // Before any socket opens, so Settings can say how much this session downloaded.
  countDownloads();
  const platform = choosePlatform();
  // Start in the saved language so the first paint is not in the wrong one (and the wrong direction).
  const profile = await platform.getProfile().catch(() => null);
  setDataSaver(profile?.dataSaver === true);
  const language = profile?.language ?? preferredLanguage();
  applyDocumentLanguage(language);
  const i18n = await setupI18n(language);
  document.title = i18n.t('app.name');
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <I18nextProvider i18n={i18n}>
      <PlatformProvider platform={platform}>
        <ProfileProvider>
          <SpacesProvider>
            <AnnouncerProvider>
              <App />
            </AnnouncerProvider>
          </SpacesProvider>
        </ProfileProvider>
      </PlatformProvider>
    </I18nextProvider>,
  );
}

void start();
// Web mode: keep the app itself for offline visits (a no-op on the desktop).
registerOfflineShell();
