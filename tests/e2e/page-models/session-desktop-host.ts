// The desktop app's host, for sessions shared on the local network: the relay runs as main runs it
// (electron/host/embedded-relay.ts over the built relay, 'files' storage, the web build), and the page gets a
// stand-in for the preload's `window.commons` whose host calls reach that embedded relay, so the app's own
// desktop screens run unchanged in Chromium. The "local network" address is `localhost`: another origin a
// second browser reaches the same relay on.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import {
  createEmbeddedRelay,
  type EmbeddedRelay,
  type StartRelay,
} from '../../../electron/host/embedded-relay';
import type { Profile } from '../../../shared/profile';

type RelayModule = typeof import('../../../server/index');

export interface DesktopHost {
  relay: EmbeddedRelay;
  /** Where this computer reaches it (loopback), once started. */
  url(): Promise<string>;
  stop(): Promise<void>;
}

export async function startDesktopHost(): Promise<DesktopHost> {
  const built = join(process.cwd(), 'dist/server/index.mjs');
  const { createRelay, createLogger } = (await import(pathToFileURL(built).href)) as RelayModule;
  const dataDir = await mkdtemp(join(tmpdir(), 'commons-desktop-host-'));
  const startRelay: StartRelay = (options) =>
    createRelay({
      ...options,
      webRoot: join(process.cwd(), 'dist/renderer'),
      logger: createLogger('silent'),
    });
  const relay = createEmbeddedRelay({
    startRelay,
    dataDir,
    lanUrlsFor: (port) => [`http://localhost:${port}`],
    preferredPort: 0,
  });
  return {
    relay,
    url: async () => (await relay.start({ network: 'this-computer' })).url,
    stop: async () => {
      await relay.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Gives the page the desktop's `window.commons`, settings kept in the page, host calls answered by `host`. */
export async function standInForThePreload(page: Page, host: EmbeddedRelay, profile: Profile): Promise<void> {
  await page.exposeFunction(
    '__hostCall',
    async (method: string, input?: { network: 'this-computer' | 'local-network' }) => {
      switch (method) {
        case 'start':
          return host.start({ network: input?.network ?? 'this-computer' });
        case 'status':
          return host.status();
        case 'setupCode':
          return host.setupCode();
        default:
          return host.stop();
      }
    },
  );
  await page.addInitScript((saved) => {
    const read = (key: string, fallback: unknown) =>
      JSON.parse(localStorage.getItem(key) ?? 'null') ?? fallback;
    const write = (key: string, value: unknown) => {
      localStorage.setItem(key, JSON.stringify(value));
      return value;
    };
    type Space = { serverUrl: string; space: string };
    const same = (a: Space, b: Space) => a.serverUrl === b.serverUrl && a.space === b.space;
    const call = (method: string) => (input?: unknown) =>
      (window as unknown as { __hostCall(m: string, i?: unknown): Promise<unknown> }).__hostCall(
        method,
        input,
      );
    write('desktop.profile', read('desktop.profile', saved));
    Object.assign(window, {
      commons: {
        app: { getInfo: async () => ({ version: 'test', platform: 'linux' }) },
        settings: {
          getProfile: async () => read('desktop.profile', null),
          setProfile: async (next: unknown) => write('desktop.profile', next),
          listSpaces: async () => read('desktop.spaces', []),
          saveSpace: async (membership: Space) =>
            write('desktop.spaces', [
              ...read('desktop.spaces', []).filter((s: Space) => !same(s, membership)),
              membership,
            ]),
          removeSpace: async (key: Space) =>
            write(
              'desktop.spaces',
              read('desktop.spaces', []).filter((s: Space) => !same(s, key)),
            ),
          listRecentDocuments: async () => read('desktop.recent', []),
          addRecentDocument: async (document: unknown) => write('desktop.recent', [document]),
        },
        shell: { openExternal: async () => ({ opened: false }) },
        file: { save: async () => ({ saved: false }), open: async () => null },
        print: { toPdf: async () => ({ saved: false }) },
        host: {
          start: call('start'),
          status: call('status'),
          setupCode: call('setupCode'),
          stop: call('stop'),
        },
        onDeepLink: () => () => {},
      },
    });
  }, profile);
}
