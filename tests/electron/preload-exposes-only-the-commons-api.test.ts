import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiName, IPC_CHANNELS } from '../../shared/ipc/channels';

// The preload runs with Electron's contextBridge and ipcRenderer; both are replaced at the boundary.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    invoke: (() => {}) as (...args: unknown[]) => Promise<unknown>,
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: vi.fn((key: string, api: unknown) => electron.exposed.set(key, api)),
  },
  ipcRenderer: {
    invoke: vi.fn((...args: unknown[]) => electron.invoke(...args)),
    on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) =>
      electron.listeners.set(channel, listener),
    ),
  },
}));

type Api = Record<string, Record<string, (input?: unknown) => Promise<unknown>>> & {
  onDeepLink(listener: (payload: unknown) => void): () => void;
};

let api: Api;
let invoke: ReturnType<typeof vi.fn>;
beforeEach(async () => {
  vi.resetModules();
  electron.exposed.clear();
  electron.listeners.clear();
  invoke = vi.fn(async () => 'answer');
  electron.invoke = invoke as never;
  await import('../../electron/preload');
  api = electron.exposed.get('commons') as Api;
});

/** Simulates main sending a deep link; Electron passes the event object first. */
const sendFromMain = (payload: unknown) =>
  electron.listeners.get('deep-link:open')?.({ sender: { send: () => {} }, ports: [] }, payload);

describe('the preload', () => {
  it('exposes one object, `commons`, and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['commons']);
  });

  it('offers one function per contract channel, plus onDeepLink, and only functions', () => {
    const names: string[] = [];
    for (const [area, value] of Object.entries(api)) {
      if (typeof value === 'function') {
        names.push(area);
        continue;
      }
      for (const [name, fn] of Object.entries(value)) {
        expect(typeof fn).toBe('function');
        names.push(`${area}.${name}`);
      }
    }
    const expected = IPC_CHANNELS.map((channel) => {
      const { area, name } = apiName(channel);
      return `${area}.${name}`;
    });
    expect(names.sort()).toEqual([...expected, 'onDeepLink'].sort());
  });

  it('does not hand out ipcRenderer or any way to pick a channel', () => {
    const text = JSON.stringify(Object.keys(api));
    expect(text).not.toMatch(/ipc|invoke|send|on"/i);
  });

  it('calls the named channel with the input, or with none', async () => {
    await expect(api.settings?.setProfile?.({ displayName: 'A' })).resolves.toBe('answer');
    expect(invoke).toHaveBeenLastCalledWith('settings:set-profile', { displayName: 'A' });
    await api.settings?.getProfile?.();
    expect(invoke).toHaveBeenLastCalledWith('settings:get-profile');
    await api.host?.start?.({ port: 4455 });
    expect(invoke).toHaveBeenLastCalledWith('host:start', { port: 4455 });
  });
});

describe('deep links reaching the page', () => {
  it('arrive as the payload alone: the page never sees the IPC event', () => {
    const listener = vi.fn();
    api.onDeepLink(listener);
    sendFromMain({ url: 'commons://join?x' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ url: 'commons://join?x' });
    const [payload] = listener.mock.calls[0] ?? [];
    expect(Object.keys(payload)).toEqual(['url']);
  });

  it('that came before anyone listened are delivered on subscription', () => {
    sendFromMain({ url: 'commons://join?early' });
    const listener = vi.fn();
    api.onDeepLink(listener);
    expect(listener).toHaveBeenCalledExactlyOnceWith({ url: 'commons://join?early' });
  });

  it('stop after unsubscribing', () => {
    const listener = vi.fn();
    const unsubscribe = api.onDeepLink(listener);
    unsubscribe();
    sendFromMain({ url: 'commons://join?late' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('ignore malformed payloads and refuse a listener that is not a function', () => {
    const listener = vi.fn();
    api.onDeepLink(listener);
    sendFromMain(null);
    sendFromMain({ url: 42 });
    expect(listener).not.toHaveBeenCalled();
    expect(() => api.onDeepLink('nope' as never)).toThrow(TypeError);
  });
});
