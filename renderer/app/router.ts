// The one router: the location hash as a store React reads with useSyncExternalStore, so every screen sees
// the same route at the same render, and navigate() is a plain function any handler can call.
import { useMemo, useSyncExternalStore } from 'react';
import { parseRoute, type Route, routeHash } from './routes';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
}

const currentHash = () => window.location.hash;

/** The current route, re-rendering on every change (back button, links, navigate()). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return useMemo(() => parseRoute(hash), [hash]);
}

/**
 * Goes to a route. `replace` swaps the current history entry instead of adding one: one-time secrets (invite
 * codes, setup codes, tokens) in the hash must not stay in the history once used.
 */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const hash = routeHash(route);
  if (options.replace) {
    // replaceState fires no hashchange, so tell the readers ourselves.
    window.history.replaceState(window.history.state, '', hash);
    for (const listener of [...listeners]) listener();
  } else if (window.location.hash !== hash) {
    window.location.hash = hash;
    // A new screen starts at its top, as a new page would: not scrolled to where the form's button was.
    window.scrollTo(0, 0);
  }
}
