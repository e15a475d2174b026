import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type IpcHandlers, registerIpcHandlers } from '../../electron/ipc/register-ipc-handlers';
import { type IpcChannel, ipcContract } from '../../shared/ipc/contract';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const profile = {
  displayName: 'Amina',
  colour: '#336699',
  organisation: 'UNODC',
  country: 'Kenya',
  language: 'en',
};
const membership = {
  serverUrl: 'https://relay.example',
  space: 'kenya-nrm',
  spaceName: 'Kenya NRM',
  role: 'editor',
  token: 'secret-token',
};

/** A stand-in for ipcMain that lets a test invoke a channel the way a renderer would. */
function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  return {
    handle: vi.fn((channel: string, listener: Listener) => listeners.set(channel, listener)),
    removeHandler: vi.fn((channel: string) => listeners.delete(channel)),
    invoke(channel: IpcChannel, frame: unknown, ...args: unknown[]) {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener({ senderFrame: frame } as unknown as IpcMainInvokeEvent, ...args);
    },
    listeners,
  };
}

function stubHandlers(): IpcHandlers {
  return {
    'app:get-info': vi.fn(() => ({ version: '0.1.0', platform: 'linux' })),
    'settings:get-profile': vi.fn(() => null),
    'settings:set-profile': vi.fn((input) => input),
    'settings:list-spaces': vi.fn(() => []),
    'settings:save-space': vi.fn((input) => [input]),
    'settings:remove-space': vi.fn(() => []),
    'settings:list-recent-documents': vi.fn(() => []),
    'settings:add-recent-document': vi.fn((input) => [input]),
    'shell:open-external': vi.fn(() => ({ opened: true })),
    'file:save': vi.fn(() => ({ saved: false })),
    'file:open': vi.fn(() => null),
    'print:to-pdf': vi.fn(() => ({ saved: false })),
    'host:start': vi.fn(() => ({
      url: 'http://127.0.0.1:4455',
      lanUrls: [],
      network: 'this-computer' as const,
    })),
    'host:status': vi.fn(() => ({ running: false as const, network: null, url: null, lanUrls: [] })),
    'host:setup-code': vi.fn(() => ({ code: 'a-setup-code' })),
    'host:stop': vi.fn(() => ({ stopped: true })),
  };
}

const appPage = { url: 'app://commons/index.html', parent: null };

let ipc: ReturnType<typeof fakeIpcMain>;
let handlers: IpcHandlers;
beforeEach(() => {
  ipc = fakeIpcMain();
  handlers = stubHandlers();
  registerIpcHandlers(ipc, handlers, { validateOutput: true });
});

describe('IPC registration', () => {
  it('registers exactly the channels the contract declares', () => {
    expect([...ipc.listeners.keys()].sort()).toEqual(Object.keys(ipcContract).sort());
  });

  it('passes a valid message from the app page to its handler, parsed', async () => {
    await expect(ipc.invoke('settings:set-profile', appPage, profile)).resolves.toEqual(profile);
    expect(handlers['settings:set-profile']).toHaveBeenCalledWith(profile, expect.anything());
    await expect(ipc.invoke('app:get-info', appPage)).resolves.toEqual({
      version: '0.1.0',
      platform: 'linux',
    });
  });
});

describe('a message from anywhere but the app page', () => {
  it.each([
    ['another origin', { url: 'https://evil.example/', parent: null }],
    ['a look-alike app host', { url: 'app://commons.evil/index.html', parent: null }],
    ['a file:// page', { url: 'file:///tmp/index.html', parent: null }],
    ['a subframe of the app page', { url: 'app://commons/index.html', parent: appPage }],
    ['a frame that is gone (null senderFrame)', null],
  ])('is refused: %s', async (_, frame) => {
    await expect(ipc.invoke('settings:set-profile', frame, profile)).rejects.toThrow(
      'settings:set-profile: refused, the message did not come from the Commons window',
    );
    expect(handlers['settings:set-profile']).not.toHaveBeenCalled();
  });
});

describe('malformed input', () => {
  it.each<[string, IpcChannel, unknown, RegExp]>([
    [
      'a wrong type',
      'settings:set-profile',
      { ...profile, displayName: 42 },
      /settings:set-profile: invalid input, displayName: /,
    ],
    ['a missing field', 'settings:set-profile', { ...profile, colour: undefined }, /invalid input, colour: /],
    [
      'an overlong string',
      'settings:set-profile',
      { ...profile, displayName: 'x'.repeat(81) },
      /displayName: Too big/,
    ],
    [
      'a wrong enum value',
      'settings:set-profile',
      { ...profile, language: 'xx' },
      /invalid input, language: /,
    ],
    ['a bad colour', 'settings:set-profile', { ...profile, colour: 'red' }, /invalid input, colour: /],
    [
      'a non-http server URL',
      'settings:save-space',
      { ...membership, serverUrl: 'javascript:alert(1)' },
      /serverUrl: must be an http\(s\) URL/,
    ],
    ['an unknown role', 'settings:save-space', { ...membership, role: 'admin' }, /invalid input, role: /],
    [
      'a space id that is a path',
      'settings:remove-space',
      { serverUrl: 'https://relay.example', space: '../etc' },
      /invalid input, space: /,
    ],
    [
      'a URL that is not a string',
      'shell:open-external',
      { url: 42 },
      /shell:open-external: invalid input, url: /,
    ],
    [
      'an overlong URL',
      'shell:open-external',
      { url: `https://a.example/${'a'.repeat(2100)}` },
      /invalid input, url: Too big/,
    ],
    [
      'bytes that are not bytes',
      'file:save',
      { suggestedName: 'a', filters: [], data: 'text' },
      /file:save: invalid input, data: /,
    ],
    ['no network to host on', 'host:start', {}, /host:start: invalid input, network: /],
    [
      'a network that is not offered',
      'host:start',
      { network: 'internet' },
      /host:start: invalid input, network: /,
    ],
    [
      'a port chosen by the page (main picks the port)',
      'host:start',
      { network: 'local-network', port: 80 },
      /host:start: invalid input, \(input\): Unrecognized key/,
    ],
    ['a network given as a list', 'host:start', { network: ['local-network'] }, /invalid input, network: /],
    ['input to a channel that takes none', 'host:stop', { port: 1 }, /host:stop: invalid input, \(input\): /],
    ['input to host:status', 'host:status', { verbose: true }, /host:status: invalid input, \(input\): /],
    ['input to host:setup-code', 'host:setup-code', 'code', /host:setup-code: invalid input, \(input\): /],
    [
      'no input at all',
      'settings:set-profile',
      undefined,
      /settings:set-profile: invalid input, \(input\): /,
    ],
  ])('is refused with an error naming the channel and field: %s', async (_, channel, input, message) => {
    await expect(ipc.invoke(channel, appPage, input)).rejects.toThrow(message);
    expect(handlers[channel]).not.toHaveBeenCalled();
  });

  it('is refused when more arguments are sent than the contract allows', async () => {
    await expect(ipc.invoke('settings:set-profile', appPage, profile, 'extra')).rejects.toThrow(
      'settings:set-profile: expects at most one argument, got 2',
    );
  });

  it('never crashes the registration: the next valid call still works', async () => {
    await expect(ipc.invoke('settings:set-profile', appPage, null)).rejects.toThrow();
    await expect(ipc.invoke('settings:set-profile', appPage, profile)).resolves.toEqual(profile);
  });
});

describe('the host channels', () => {
  it('pass a valid network to the handler, and answer from the app page only', async () => {
    await expect(ipc.invoke('host:start', appPage, { network: 'this-computer' })).resolves.toMatchObject({
      network: 'this-computer',
    });
    expect(handlers['host:start']).toHaveBeenCalledWith({ network: 'this-computer' }, expect.anything());
    await expect(ipc.invoke('host:setup-code', appPage)).resolves.toEqual({ code: 'a-setup-code' });
    for (const channel of ['host:start', 'host:status', 'host:setup-code', 'host:stop'] as const) {
      await expect(
        ipc.invoke(channel, { url: 'http://192.168.1.20:4455/', parent: null }, { network: 'local-network' }),
      ).rejects.toThrow(`${channel}: refused, the message did not come from the Commons window`);
      expect(handlers[channel]).not.toHaveBeenCalledTimes(2);
    }
    expect(handlers['host:status']).not.toHaveBeenCalled();
    expect(handlers['host:stop']).not.toHaveBeenCalled();
  });
});

describe('handler output in development', () => {
  it('is checked against the contract, so a drifting handler is caught', async () => {
    vi.mocked(handlers['app:get-info']).mockReturnValueOnce({ version: 1 } as never);
    await expect(ipc.invoke('app:get-info', appPage)).rejects.toThrow(
      /app:get-info: handler returned version: /,
    );
  });
});

it('removes every handler when unregistered', () => {
  const local = fakeIpcMain();
  const unregister = registerIpcHandlers(local, stubHandlers());
  unregister();
  expect(local.listeners.size).toBe(0);
});
