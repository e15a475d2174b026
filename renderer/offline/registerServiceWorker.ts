// Registers the offline shell's service worker in web mode, so the next visit opens without a network, and once
// the first screen is up asks it to fetch the rest of the app (the editor, export and import) in the background,
// so a draft opens even after the network is gone. The desktop app loads its pages from disk (app://) and needs
// none; the dev server rebuilds files and must not be cached either.
import { dataSaverOn } from '../settings/dataSaver/dataSaver';
import { CACHE_APP_FILES_MESSAGE, SERVICE_WORKER_FILE } from './serviceWorkerFile';

function whenLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (window.location.protocol !== 'http:' && window.location.protocol !== 'https:') return;
  const url = new URL(SERVICE_WORKER_FILE, document.baseURI);
  navigator.serviceWorker
    .register(url, { scope: './' })
    .then(async () => {
      // After the page's own files, so the background download never slows the first screen.
      await whenLoaded();
      const registration = await navigator.serviceWorker.ready;
      // Data saver: parts not used yet stay on the server until someone opens them.
      if (!dataSaverOn()) registration.active?.postMessage(CACHE_APP_FILES_MESSAGE);
    })
    .catch((error: unknown) => {
      // Without it the app still works online; only opening it with no network is lost.
      console.warn('The offline copy of the app could not be set up:', error);
    });
}
