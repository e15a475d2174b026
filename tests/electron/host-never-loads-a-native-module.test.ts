// `npm ci && npm start` must host without rebuilding better-sqlite3 for Electron: the embedded relay, started as
// main starts it, must never load a native module. Loading one here fails the test.
import { afterEach, expect, it, vi } from 'vitest';
import { realRelays, setUpSpace } from './host-fixture';

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
  const { host } = real.host();
  const { url } = await host.start({ network: 'this-computer' });
  expect((await setUpSpace(host, url, 'Here')).status).toBe(200);
  await host.start({ network: 'local-network' });
  await host.stop();
  expect(loaded).toEqual([]);
});
