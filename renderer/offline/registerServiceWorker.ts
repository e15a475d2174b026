// Registers the offline shell's service worker in web mode, so the next visit opens without a network. The
// desktop app loads its pages from disk (app://) and needs none; the dev server rebuilds files and must not
// be cached either.
import { SERVICE_WORKER_FILE } from './serviceWorkerFile';

export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (window.location.protocol !== 'http:' && window.location.protocol !== 'https:') return;
  const url = new URL(SERVICE_WORKER_FILE, document.baseURI);
  navigator.serviceWorker.register(url, { scope: './' }).catch((error: unknown) => {
    // Without it the app still works online; only opening it with no network is lost.
    console.warn('The offline copy of the app could not be set up:', error);
  });
}
