import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmbeddedRelay, DEFAULT_HOST_PORT } from '../../electron/host/embedded-relay';
import { lanUrls } from '../../electron/host/lan-addresses';
import { fakeRelays, realRelays } from './host-fixture';

describe('starting on this computer', () => {
  it('binds the relay to 127.0.0.1 with its data in the given folder and the portable file storage', async () => {
    const { startRelay } = fakeRelays();
    const host = createEmbeddedRelay({
      startRelay,
      dataDir: '/user-data/relay',
      webRoot: '/app/renderer',
      lanUrlsFor: (port) => [`http://192.168.1.20:${port}`],
    });
    await expect(host.start({ network: 'this-computer' })).resolves.toEqual({
      url: `http://127.0.0.1:${DEFAULT_HOST_PORT}`,
      // Nobody else can reach it yet, so there is no address to give them.
      lanUrls: [],
      network: 'this-computer',
    });
    expect(startRelay).toHaveBeenCalledTimes(1);
    expect(startRelay).toHaveBeenCalledWith({
      port: DEFAULT_HOST_PORT,
      host: '127.0.0.1',
      dataDir: '/user-data/relay',
      webRoot: '/app/renderer',
      storageEngine: 'files',
      adminFrom: 'loopback',
    });
    await expect(host.status()).resolves.toEqual({
      running: true,
      network: 'this-computer',
      url: `http://127.0.0.1:${DEFAULT_HOST_PORT}`,
      lanUrls: [],
    });
  });

  it('reports nothing running before a start and after a stop', async () => {
    const host = createEmbeddedRelay({ ...fakeRelays(), dataDir: '/d', lanUrlsFor: () => [] });
    const stopped = { running: false, network: null, url: null, lanUrls: [] };
    await expect(host.status()).resolves.toEqual(stopped);
    await host.start({ network: 'this-computer' });
    await host.stop();
    await expect(host.status()).resolves.toEqual(stopped);
  });
});

describe('with the real relay from server/ and file storage', () => {
  const real = realRelays();
  afterEach(() => real.cleanUp());

  it('answers on 127.0.0.1 and on no address other computers could use', async () => {
    const { host } = real.host();
    const { url } = await host.start({ network: 'this-computer' });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const port = Number(new URL(url).port);
    // Where this machine has a LAN address, the relay must not answer on it.
    for (const lan of lanUrls(os.networkInterfaces(), port)) {
      await expect(fetch(`${lan}/healthz`, { signal: AbortSignal.timeout(3000) })).rejects.toThrow();
    }
    await expect(host.stop()).resolves.toEqual({ stopped: true });
  });
});
