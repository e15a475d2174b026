// Gets the editor's code ready while the drafts list is on screen, so that opening the first draft does not wait
// for it. In a browser, the first draft a person opened took about 0.9 s against 0.35 s for the next one: the
// editor's modules were fetched and run only then, and React held the editor back 300 ms more behind its
// "Loading the editor…" fallback (app/preloadableLazy.ts says why that no longer happens once it is loaded).
//
// Only where that costs no bytes on the person's link: the desktop app reads its files from disk; in a browser
// only once the service worker controls the page (it downloads the rest of the app in the background anyway) and
// with data saver off (then parts not used yet stay on the server until someone opens them). It runs when the
// page is idle, after the list has been drawn.
import { preloadableLazy } from '../app/preloadableLazy';
import { dataSaverOn } from '../settings/dataSaver/dataSaver';

const editor = preloadableLazy(() => import('./editor/DraftEditor').then(({ DraftEditor }) => DraftEditor));

/** The collaborative editor, for JSX inside a Suspense boundary. */
export const LazyDraftEditor = editor.Component;

type Scheduler = {
  requestIdleCallback?: (run: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

function whenIdle(run: () => void): () => void {
  const scheduler = window as unknown as Scheduler;
  if (scheduler.requestIdleCallback && scheduler.cancelIdleCallback) {
    const handle = scheduler.requestIdleCallback(run, { timeout: 2000 });
    return () => scheduler.cancelIdleCallback?.(handle);
  }
  const timer = setTimeout(run, 200);
  return () => clearTimeout(timer);
}

/** Starts loading the editor when the page is next idle, if that is free; returns a function that cancels it. */
export function warmDraftEditor(platformKind: 'desktop' | 'web'): () => void {
  const warm = () => {
    if (editor.loaded() || (platformKind === 'web' && dataSaverOn())) return;
    editor.preload().catch(() => {
      // Opening a draft loads it again, and says so if it still cannot.
    });
  };
  if (platformKind === 'desktop') return whenIdle(warm);
  const worker = navigator.serviceWorker;
  if (!worker || dataSaverOn()) return () => {};
  if (worker.controller) return whenIdle(warm);
  // On a first visit the service worker takes the page over a moment after it loads: warm up once it has. (A page
  // that loaded while the worker was being set up may stay uncontrolled until it loads again: no warm-up then.)
  let cancelIdle = () => {};
  const onController = () => {
    cancelIdle = whenIdle(warm);
  };
  worker.addEventListener('controllerchange', onController, { once: true });
  return () => {
    worker.removeEventListener('controllerchange', onController);
    cancelIdle();
  };
}
