// React.lazy for a part of the app that may be loaded ahead of time (while the person does something else).
//
// React.lazy suspends on a part's first render unless the thenable it is given has already answered, and a
// fresh promise never has, even for a module already loaded: the part's fallback shows, and React then holds the
// part back for 300 ms from that moment so that fallbacks do not flash (its Suspense throttle). So a part loaded
// ahead of time is handed over as a thenable that answers at once, and React renders it in the same pass.
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

export interface PreloadableLazy<P extends object> {
  /** The part for JSX, inside a Suspense boundary (used only while it is not loaded yet). */
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts loading the part (once, whoever asks first) and resolves with it. */
  preload(): Promise<ComponentType<P>>;
  /** Whether the part has been loaded. */
  loaded(): boolean;
}

export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableLazy<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  let component: ComponentType<P> | null = null;
  const preload = () => {
    loading ??= load().then(
      (loadedComponent) => {
        component = loadedComponent;
        return loadedComponent;
      },
      (error: unknown) => {
        loading = null; // A later try (the next render, or the next preload) loads it again.
        throw error;
      },
    );
    return loading;
  };
  const Component = lazy(() => {
    if (component === null) return preload().then((loadedComponent) => ({ default: loadedComponent }));
    const ready = { default: component };
    // biome-ignore lint/suspicious/noThenProperty: a thenable is the point; React.lazy takes one.
    const answersAtOnce = { then: (resolve: (value: typeof ready) => void) => resolve(ready) };
    return answersAtOnce as unknown as Promise<typeof ready>;
  });
  return { Component, preload, loaded: () => component !== null };
}
