// How much this page has downloaded since it opened: the bytes on the wire of every file and API answer
// (PerformanceResourceTiming.transferSize, 0 for what came from the cache or the service worker) and of every
// WebSocket message received (document and presence updates; counted by wrapping the page's WebSocket class).
// The service worker's own background copy of the app is not counted here: with data saver on it does not run.

export interface Downloaded {
  /** Files, scripts, fonts and API answers, as transferred (compressed). */
  files: number;
  /** WebSocket messages received (payload bytes). */
  live: number;
}

let liveBytes = 0;
let fileBytes = 0;
let installed = false;

/**
 * Starts counting: an observer adds up every resource entry (buffered, so what loaded before this call counts
 * too, and the 250-entry timing buffer cannot drop any), and window.WebSocket becomes a subclass that counts
 * the bytes it receives. Call once, before any socket opens.
 */
export function countDownloads(target: { WebSocket: typeof WebSocket } = window): void {
  if (installed) return;
  installed = true;
  for (const entry of performance.getEntriesByType('navigation')) fileBytes += transferred(entry);
  if (typeof PerformanceObserver !== 'undefined') {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) fileBytes += transferred(entry);
    }).observe({ type: 'resource', buffered: true });
  }
  const Base = target.WebSocket;
  class CountingWebSocket extends Base {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event: MessageEvent) => {
        liveBytes += messageSize(event.data);
      });
    }
  }
  target.WebSocket = CountingWebSocket;
}

function messageSize(data: unknown): number {
  if (data instanceof ArrayBuffer) return data.byteLength;
  if (ArrayBuffer.isView(data)) return data.byteLength;
  if (typeof Blob !== 'undefined' && data instanceof Blob) return data.size;
  if (typeof data === 'string') return new TextEncoder().encode(data).byteLength;
  return 0;
}

const transferred = (entry: PerformanceEntry): number =>
  (entry as PerformanceResourceTiming).transferSize ?? 0;

export function downloadedThisSession(): Downloaded {
  return { files: fileBytes, live: liveBytes };
}
