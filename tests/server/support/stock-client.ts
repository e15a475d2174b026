// Stock y-websocket clients, exactly as the renderer opens them, with `ws` standing in for the browser's
// WebSocket. Plain Node (no vitest, no server code), so the benchmarks open their clients the same way.
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface StockClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the provider has received the server's state. */
  synced: Promise<void>;
  destroy(): void;
}

/** Opens `room` on the server at `wsUrl`, sending `params` (e.g. the member token) in the query string. */
export function connectStockClient(
  wsUrl: string,
  room: string,
  params: Record<string, string>,
  doc = new Y.Doc(),
): StockClient {
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    provider.on('sync', (isSynced: boolean) => isSynced && resolve());
  });
  return {
    doc,
    provider,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
