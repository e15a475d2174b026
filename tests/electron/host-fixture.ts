// Stand-ins for the relay the desktop hosts: a fake that records how it was started and which ports are in
// use, and the real relay from server/ over a temporary folder with the portable 'files' storage, hosted as main
// hosts it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import {
  createEmbeddedRelay,
  type EmbeddedRelay,
  type EmbeddedRelayOptions,
  type RunningRelay,
  type StartRelay,
} from '../../electron/host/embedded-relay';
import { createLogger, createRelay, type RelayOptions } from '../../server/index';

export interface FakeRelay extends RunningRelay {
  host: string;
  close: ReturnType<typeof vi.fn<() => Promise<void>>>;
}

/** A fake startRelay: ports in `taken` (or held by a running fake) fail with EADDRINUSE, as Node's listen does. */
export function fakeRelays(taken: number[] = []) {
  const busy = new Set(taken);
  const started: FakeRelay[] = [];
  let codes = 0;
  const startRelay = vi.fn<StartRelay>(async ({ port, host }) => {
    // A tick, as a real listen takes, so calls that are not serialised would overlap.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const actual = port === 0 ? 40_000 + started.length : port;
    if (busy.has(actual)) {
      throw Object.assign(new Error(`listen EADDRINUSE: address already in use ${host}:${actual}`), {
        code: 'EADDRINUSE',
      });
    }
    busy.add(actual);
    const relay: FakeRelay = {
      host,
      url: `http://${host}:${actual}`,
      port: actual,
      close: vi.fn(async () => {
        busy.delete(actual);
      }),
      createSetupCode: async () => `setup-code-${++codes}-from-${host}:${actual}`,
    };
    started.push(relay);
    return relay;
  });
  return {
    startRelay,
    started,
    /** Relays started and not closed. */
    running: () => started.filter((relay) => relay.close.mock.calls.length === 0),
  };
}

/** The real relay, started the way main starts it (plus `extra` options), each over a fresh temporary data folder. */
export function realRelays(extra: Partial<RelayOptions> = {}) {
  const folders: string[] = [];
  const hosts: EmbeddedRelay[] = [];
  const startRelay = ((options) =>
    createRelay({ ...options, logger: createLogger('silent'), ...extra })) as StartRelay;
  return {
    /** Hosting as main sets it up, over this real relay and a fresh data folder, on any free port unless `options`
     * say otherwise; cleanUp stops it. */
    host(options: Partial<EmbeddedRelayOptions> = {}) {
      const folder = mkdtempSync(path.join(tmpdir(), 'commons-host-'));
      folders.push(folder);
      const host = createEmbeddedRelay({
        startRelay,
        dataDir: folder,
        webRoot: folder,
        lanUrlsFor: () => [],
        preferredPort: 0,
        ...options,
      });
      hosts.push(host);
      return { host, dataDir: folder };
    },
    async cleanUp(): Promise<void> {
      for (const host of hosts.splice(0)) await host.stop();
      for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Creates a space on the hosted relay at `url` with a setup code from `host`, as the setup screen does. */
export async function setUpSpace(host: EmbeddedRelay, url: string, spaceName: string, displayName = 'Amina') {
  const { code } = await host.setupCode();
  return fetch(`${url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      code,
      displayName,
      space: { name: spaceName, description: '', languages: ['en'] },
    }),
  });
}
