// The web build's service worker: keeps the app shell (index.html and the hashed /assets/ files) in the
// browser's cache, so after one visit the app opens with no network and shows the drafts kept in IndexedDB.
// index.html is network-first with a short wait (a new release shows as soon as a nearby relay answers; on a
// slow link the kept copy opens at once and the new one is kept for the next visit), assets cache-first
// (their names change with their content). Parts loaded on demand (the editor, export, import) are fetched in
// the background once the page says its first screen is up, from the build's app-files.json, so a draft opens
// offline even if none was opened online. Documents never pass through here: they travel over WebSockets.
import type { AppFilesManifest } from './serviceWorkerFile';

// lib.dom has no service worker types and lib.webworker clashes with it, so the few members used are declared.
interface ShellEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface ShellFetchEvent extends ShellEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ShellMessageEvent extends ShellEvent {
  data: unknown;
}
interface ShellWorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ShellEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: ShellFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ShellMessageEvent) => void): void;
}

const worker = self as unknown as ShellWorkerScope;

/** Bump when the caching rules change; the old cache is dropped on activation. */
const CACHE = 'commons-shell-v2';
const scope = new URL(worker.registration.scope);
const INDEX = new URL('./', scope).href;
const ASSETS = new URL('./assets/', scope).href;
// The values of APP_FILES_MANIFEST and CACHE_APP_FILES_MESSAGE (serviceWorkerFile.ts), written out: importing
// them would make the bundler share a chunk with the page, and a classic worker script cannot import one.
const MANIFEST = new URL('app-files.json', scope).href;
const CACHE_APP_FILES_MESSAGE = 'cache-app-files';

/** The hashed files index.html loads; fetched at install, since the first visit's requests came before us. */
function assetsOf(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
    const url = new URL(match[1] ?? '', INDEX).href;
    if (url.startsWith(ASSETS)) found.add(url);
  }
  return [...found];
}

/**
 * The asset URLs of the build's manifest as cached (none when it is missing or not a list of names): the files
 * to fetch ahead, or with `onDemand` also those kept only once used (the script fonts).
 */
async function manifestAssets(cache: Cache, withOnDemand = false): Promise<string[]> {
  const response = await cache.match(MANIFEST);
  if (!response) return [];
  try {
    const { files, onDemand } = (await response.json()) as AppFilesManifest;
    const listed = [
      ...(Array.isArray(files) ? files : []),
      ...(withOnDemand && Array.isArray(onDemand) ? onDemand : []),
    ];
    return listed
      .filter((file): file is string => typeof file === 'string')
      .map((file) => new URL(file, INDEX).href)
      .filter((url) => url.startsWith(ASSETS));
  } catch {
    return [];
  }
}

/** Keeps the manifest of the release the network serves now (a build without one keeps none). */
async function refreshManifest(cache: Cache): Promise<void> {
  const response = await fetch(MANIFEST, { cache: 'no-cache' });
  if (response.ok) await cache.put(MANIFEST, response);
}

async function cacheShell(): Promise<void> {
  const cache = await caches.open(CACHE);
  const response = await fetch(INDEX, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`index.html answered ${response.status}`);
  await cache.put(INDEX, response.clone());
  await cache.addAll(assetsOf(await response.text()));
  await refreshManifest(cache).catch(() => undefined);
}

/** Fetches, one at a time so a slow link stays usable, every file of the app not cached yet (fonts aside). */
async function cacheAppFiles(): Promise<void> {
  const cache = await caches.open(CACHE);
  await refreshManifest(cache).catch(() => undefined);
  for (const url of await manifestAssets(cache)) {
    if (await cache.match(url)) continue;
    try {
      const response = await fetch(url);
      if (response.ok) await cache.put(url, response);
    } catch {
      return; // Offline again: the next first screen asks anew.
    }
  }
}

/** Drops older caches and the assets the current release no longer has (an earlier release's files). */
async function pruneCaches(): Promise<void> {
  for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
  const cache = await caches.open(CACHE);
  const index = await cache.match(INDEX);
  if (!index) return;
  const current = new Set([...assetsOf(await index.text()), ...(await manifestAssets(cache, true))]);
  for (const request of await cache.keys()) {
    if (request.url.startsWith(ASSETS) && !current.has(request.url)) await cache.delete(request);
  }
}

/**
 * How long a visit waits for the network's index.html before opening the kept one: a relay on the same network
 * answers well within it (a new release shows at once); on a slow link the kept shell opens now and the
 * network's answer, when it comes, is kept for the next visit.
 */
const INDEX_NETWORK_WAIT_MS = 300;

async function fetchAndKeepIndex(request: Request, cache: Cache): Promise<Response> {
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(INDEX, response.clone());
    void refreshManifest(cache)
      .then(pruneCaches)
      .catch(() => undefined);
  }
  return response;
}

async function networkFirstIndex(event: ShellFetchEvent): Promise<Response> {
  const cache = await caches.open(CACHE);
  const fromNetwork = fetchAndKeepIndex(event.request, cache);
  const cached = await cache.match(INDEX);
  if (!cached) return fromNetwork;
  // The network's answer is kept even when the kept copy was served first.
  event.waitUntil(fromNetwork.catch(() => undefined));
  const waited = new Promise<null>((resolve) => setTimeout(() => resolve(null), INDEX_NETWORK_WAIT_MS));
  const first = await Promise.race([fromNetwork.catch(() => null), waited]);
  return first?.ok ? first : cached;
}

async function cacheFirstAsset(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

worker.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(pruneCaches().then(() => worker.clients.claim()));
});

worker.addEventListener('message', (event) => {
  if (event.data === CACHE_APP_FILES_MESSAGE) event.waitUntil(cacheAppFiles());
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  // Every page of the app is index.html (its routes live in the #fragment), so any navigation gets the shell.
  if (request.mode === 'navigate' && request.url.startsWith(INDEX)) {
    event.respondWith(networkFirstIndex(event));
  } else if (request.url.startsWith(ASSETS)) {
    event.respondWith(cacheFirstAsset(request));
  }
  // Anything else (the relay's API, health, metrics) goes to the network untouched.
});
