// The preload: exposes exactly one object, `window.commons`, whose functions are named by the IPC contract
// (Electron security checklist 3, context isolation, and 17: no raw ipcRenderer reaches the page). Callbacks are
// wrapped so the page only ever sees plain payloads, never an IpcRendererEvent (which carries `sender`).
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { apiName, DEEP_LINK_EVENT, IPC_CHANNELS } from '../shared/ipc/channels';

type DeepLinkListener = (payload: { url: string }) => void;

/** Links that arrive before the page subscribes (the app was opened by clicking one) wait here. */
const MAX_PENDING_LINKS = 5;

export function buildCommonsApi(ipc: Pick<typeof ipcRenderer, 'invoke' | 'on'>): Record<string, unknown> {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of IPC_CHANNELS) {
    const { area, name } = apiName(channel);
    api[area] ??= {};
    api[area][name] = (input?: unknown) =>
      input === undefined ? ipc.invoke(channel) : ipc.invoke(channel, input);
  }

  const listeners = new Set<DeepLinkListener>();
  const pending: string[] = [];
  ipc.on(DEEP_LINK_EVENT, (_event: IpcRendererEvent, payload: unknown) => {
    const url = (payload as { url?: unknown } | null)?.url;
    if (typeof url !== 'string') return;
    if (listeners.size === 0) {
      pending.push(url);
      if (pending.length > MAX_PENDING_LINKS) pending.shift();
      return;
    }
    for (const listener of listeners) listener({ url });
  });

  const onDeepLink = (listener: DeepLinkListener): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError('onDeepLink expects a function');
    listeners.add(listener);
    for (const url of pending.splice(0)) listener({ url });
    return () => {
      listeners.delete(listener);
    };
  };

  return { ...api, onDeepLink };
}

contextBridge.exposeInMainWorld('commons', buildCommonsApi(ipcRenderer));
