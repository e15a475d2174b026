// A thread someone asked to see from outside its draft (a mention in the inbox): the inbox asks, navigates to
// the draft, and the draft's comments, once they hold that thread, open the panel on it and settle the ask.
// Kept in memory rather than in the route: it is a one-time jump, not a place to come back to.
import { useSyncExternalStore } from 'react';

export interface ThreadToOpen {
  document: string;
  thread: string;
}

let wanted: ThreadToOpen | null = null;
const listeners = new Set<() => void>();

function set(next: ThreadToOpen | null): void {
  wanted = next;
  for (const listener of [...listeners]) listener();
}

/** Asks the next view of `document`'s comments to open `thread`. */
export const openThreadWhenShown = (document: string, thread: string): void => set({ document, thread });

/** Called once the thread is open (or no longer wanted). */
export const threadShown = (): void => set(null);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The thread wanted in this document, live; null when none is. */
export function useThreadToOpen(document: string): string | null {
  const current = useSyncExternalStore(subscribe, () => wanted);
  return current?.document === document ? current.thread : null;
}
