// Stand-ins for the relay the desktop hosts: a fake that records how it was started and which ports are in
// use, and the real relay from server/ over a temporary folder with the portable 'files' storage.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import type { RunningRelay, StartRelay } from '../../electron/host/embedded-relay';
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

/** The real relay, started the way main starts it (plus `extra` options), over a fresh temporary data folder. */
export function realRelays(extra: Partial<RelayOptions> = {}) {
  const folders: string[] = [];
  return {
    dataDir(): string {
      const folder = mkdtempSync(path.join(tmpdir(), 'commons-host-'));
      folders.push(folder);
      return folder;
    },
    startRelay: ((options) =>
      createRelay({ ...options, logger: createLogger('silent'), ...extra })) as StartRelay,
    cleanUp(): void {
      for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    },
  };
}
