// The data saver switch as the rest of the app reads it: set from the saved profile at start and from Settings,
// read where data is spent (presence updates, the service worker's background download). A plain module value
// rather than React state, because the draft connection and the service worker registration live outside React.

type Listener = (on: boolean) => void;

let enabled = false;
const listeners = new Set<Listener>();

export function dataSaverOn(): boolean {
  return enabled;
}

export function setDataSaver(on: boolean): void {
  if (on === enabled) return;
  enabled = on;
  for (const listener of listeners) listener(on);
}

export function onDataSaverChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** With data saver on, this person's cursor and selection go out at most once in this many milliseconds. */
export const SAVER_PRESENCE_INTERVAL_MS = 3000;
