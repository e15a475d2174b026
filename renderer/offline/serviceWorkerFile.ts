// Where the built service worker lives: at the web build's root, beside index.html, so its scope covers the app.
export const SERVICE_WORKER_FILE = 'service-worker.js';

/** Beside it, the list of every file the app may load (lazily loaded parts included), written at build time. */
export const APP_FILES_MANIFEST = 'app-files.json';

/** What the page tells the service worker once the first screen is up: fetch the rest of the app now. */
export const CACHE_APP_FILES_MESSAGE = 'cache-app-files';

/** The manifest's shape: paths relative to the web build's root. */
export interface AppFilesManifest {
  files: string[];
  /** Kept once a page has used them, never fetched ahead: the script fonts, which most people never need. */
  onDemand?: string[];
}
