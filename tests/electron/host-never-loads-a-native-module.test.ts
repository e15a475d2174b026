// `npm ci && npm start` must host without rebuilding better-sqlite3 for Electron: the embedded relay, started as
// main starts it, must never load a native module. Loading one here fails the test.
import { afterEach, expect, it, vi } from 'vitest';
import { createEmbeddedRelay } from '../../electron/host/embedded-relay';
import { realRelays } from './host-fixture';

const loaded = vi.hoisted(() => [] as string[]);
vi.mock('better-sqlite3', () => {
  loaded.push('better-sqlite3');
  throw new Error('better-sqlite3 was loaded: Electron would need a native rebuild');
});
vi.mock('pg-native', () => {
  loaded.push('pg-native');
  throw new Error('pg-native was loaded');
});

const real = realRelays();
afterEach(() => real.cleanUp());

it('starts, mints a setup code, creates a space and stops with no native module loaded', async () => {
  const dataDir = real.dataDir();
  const host = createEmbeddedRelay({
    startRelay: real.startRelay,
    dataDir,
    webRoot: dataDir,
    lanUrlsFor: () => [],
    preferredPort: 0,
  });
  try {
    const { url } = await host.start({ network: 'this-computer' });
    const { code } = await host.setupCode();
    const created = await fetch(`${url}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        code,
        displayName: 'Amina',
        space: { name: 'Here', description: '', languages: ['en'] },
      }),
    });
    expect(created.status).toBe(200);
    await host.start({ network: 'local-network' });
  } finally {
    await host.stop();
  }
  expect(loaded).toEqual([]);
});
