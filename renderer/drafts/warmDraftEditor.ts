// Gets the editor's code ready while the drafts list is on screen, so that opening the first draft does not wait
// for it. In a browser, the first draft a person opened took about 0.9 s against 0.35 s for the next one: the
// editor's modules were fetched and run only then, and React, having shown "Opening…" meanwhile, holds back the
// editor for 300 ms from that moment so that fallbacks do not flash (its Suspense throttle).
//
// Warmed, the editor is handed to React.lazy already loaded (a thenable that answers at once), so React never
// suspends and never shows the fallback. Warming happens only where it costs no bytes on the person's link: the
// desktop app reads its files from disk; in a browser only once the service worker controls the page (it
// downloads the rest of the app in the background anyway) and with data saver off (then parts not used yet stay
// on the server until someone opens them). It runs when the page is idle, after the list has been drawn.
import { dataSaverOn } from '../settings/dataSaver/dataSaver';

type EditorModule = typeof import('./editor/DraftEditor');
type LazyEditor = { default: EditorModule['DraftEditor'] };

let loaded: EditorModule | null = null;

function loadDraftEditor(): Promise<EditorModule> {
  return import('./editor/DraftEditor').then((module) => {
    loaded = module;
    return module;
  });
}

/**
 * For React.lazy. Once the editor is loaded, a thenable that calls back at once: React.lazy then reads the
 * component in the same render (it suspends only on a thenable that has not answered yet).
 */
export function draftEditorForLazy(): Promise<LazyEditor> {
  if (loaded) {
    const ready: LazyEditor = { default: loaded.DraftEditor };
    // biome-ignore lint/suspicious/noThenProperty: a thenable is the point; React.lazy takes one.
    const answersAtOnce = { then: (resolve: (value: LazyEditor) => void) => resolve(ready) };
    return answersAtOnce as unknown as Promise<LazyEditor>;
  }
  return loadDraftEditor().then(({ DraftEditor }) => ({ default: DraftEditor }));
}

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
    if (loaded || (platformKind === 'web' && dataSaverOn())) return;
    loadDraftEditor().catch(() => {
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
