// The web build's service worker: keeps the app shell (index.html and the hashed /assets/ files) in the
// browser's cache, so after one visit the app opens with no network and shows the drafts kept in IndexedDB.
// index.html is network-first (a new release shows as soon as the relay is reachable), assets cache-first
// (their names change with their content). Documents never pass through here: they travel over WebSockets.

// lib.dom has no service worker types and lib.webworker clashes with it, so the few members used are declared.
interface ShellEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface ShellFetchEvent extends ShellEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ShellWorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ShellEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: ShellFetchEvent) => void): void;
}

const worker = self as unknown as ShellWorkerScope;

/** Bump when the caching rules change; the old cache is dropped on activation. */
const CACHE = 'commons-shell-v1';
const scope = new URL(worker.registration.scope);
const INDEX = new URL('./', scope).href;
const ASSETS = new URL('./assets/', scope).href;

/** The hashed files index.html loads; fetched at install, since the first visit's requests came before us. */
function assetsOf(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
    const url = new URL(match[1] ?? '', INDEX).href;
    if (url.startsWith(ASSETS)) found.add(url);
  }
  return [...found];
}

async function cacheShell(): Promise<void> {
  const cache = await caches.open(CACHE);
  const response = await fetch(INDEX, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`index.html answered ${response.status}`);
  await cache.put(INDEX, response.clone());
  await cache.addAll(assetsOf(await response.text()));
}

/** Drops older caches and the assets the current index.html no longer loads (an earlier release's files). */
async function pruneCaches(): Promise<void> {
  for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
  const cache = await caches.open(CACHE);
  const index = await cache.match(INDEX);
  if (!index) return;
  const current = new Set(assetsOf(await index.text()));
  for (const request of await cache.keys()) {
    if (request.url.startsWith(ASSETS) && !current.has(request.url)) await cache.delete(request);
  }
}

async function networkFirstIndex(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put(INDEX, response.clone());
      void pruneCaches();
    }
    return response;
  } catch (error) {
    const cached = await cache.match(INDEX);
    if (cached) return cached;
    throw error;
  }
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

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  // Every page of the app is index.html (its routes live in the #fragment), so any navigation gets the shell.
  if (request.mode === 'navigate' && request.url.startsWith(INDEX)) {
    event.respondWith(networkFirstIndex(request));
  } else if (request.url.startsWith(ASSETS)) {
    event.respondWith(cacheFirstAsset(request));
  }
  // Anything else (the relay's API, health, metrics) goes to the network untouched.
});
