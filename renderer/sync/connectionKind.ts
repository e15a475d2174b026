// One reading of "are we connected to the relay", shared by the room cache (the top bar) and an open draft, so
// the two always agree: the browser's own online/offline state first (it knows of a lost network long before a
// socket does, and after an offline reload a socket may neither open nor fail), then the socket, then whether
// the relay refused us.
import type { WebsocketProvider } from 'y-websocket';

export type ConnectionKind = 'connected' | 'connecting' | 'offline' | 'refused';

/** True only when the browser says it has no network (navigator.onLine is unknown outside a browser). */
export const browserIsOffline = (): boolean => typeof navigator !== 'undefined' && navigator.onLine === false;

export interface ConnectionFacts {
  provider: Pick<WebsocketProvider, 'wsconnected' | 'wsconnecting'>;
  /** Failed connections since the last one that worked: after the first, a retry reads as offline. */
  failedAttempts: number;
  refused: boolean;
}

export function connectionKind({ provider, failedAttempts, refused }: ConnectionFacts): ConnectionKind {
  if (refused) return 'refused';
  if (browserIsOffline()) return 'offline';
  if (provider.wsconnected) return 'connected';
  if (provider.wsconnecting && failedAttempts === 0) return 'connecting';
  return 'offline';
}

/** Calls `listener` when the browser goes offline or back online; returns the unsubscribe. */
export function onBrowserNetworkChange(listener: (online: boolean) => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const offline = () => listener(false);
  const online = () => listener(true);
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  return () => {
    window.removeEventListener('offline', offline);
    window.removeEventListener('online', online);
  };
}

/** Failed connections in a row before asking the relay's health endpoint whether it is the network or us. */
export const FAILURES_BEFORE_PROBE = 2;

/**
 * Browsers hide why a WebSocket upgrade failed; if the relay answers over HTTP, it was us it refused (an expired
 * token or a removed member, 401/403), not the network.
 */
export async function relayAnswers(serverUrl: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/healthz', serverUrl), { cache: 'no-store' });
    return response.ok;
  } catch {
    return false; // Unreachable: simply offline, and the provider keeps retrying.
  }
}
