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
import { installDesktopPreload } from './desktop-preload-stand-in';

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
  await installDesktopPreload(page, profile, async (method, input) => {
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
  });
}
