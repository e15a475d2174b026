import { afterEach, describe, expect, it } from 'vitest';
import { createEmbeddedRelay } from '../../electron/host/embedded-relay';
import { fakeRelays, realRelays } from './host-fixture';

const lanUrlsFor = (port: number) => [`http://192.168.1.20:${port}`, `http://10.0.0.5:${port}`];

describe('sharing on the local network', () => {
  it('stops the loopback relay, then starts it on every interface on the same port', async () => {
    const relays = fakeRelays();
    const host = createEmbeddedRelay({ ...relays, dataDir: '/d', lanUrlsFor, preferredPort: 4455 });
    await host.start({ network: 'this-computer' });
    await expect(host.start({ network: 'local-network' })).resolves.toEqual({
      url: 'http://127.0.0.1:4455',
      lanUrls: ['http://192.168.1.20:4455', 'http://10.0.0.5:4455'],
      network: 'local-network',
    });
    const [loopback, everywhere] = relays.started;
    expect(loopback?.close).toHaveBeenCalledTimes(1);
    expect(relays.startRelay).toHaveBeenLastCalledWith(
      expect.objectContaining({ host: '0.0.0.0', port: 4455, storageEngine: 'files' }),
    );
    expect(everywhere?.close).not.toHaveBeenCalled();
    expect(relays.running()).toEqual([everywhere]);
  });

  it('stops sharing by going back to loopback on the same port', async () => {
    const relays = fakeRelays();
    const host = createEmbeddedRelay({ ...relays, dataDir: '/d', lanUrlsFor, preferredPort: 4455 });
    await host.start({ network: 'local-network' });
    await expect(host.start({ network: 'this-computer' })).resolves.toEqual({
      url: 'http://127.0.0.1:4455',
      lanUrls: [],
      network: 'this-computer',
    });
    expect(relays.running().map((relay) => relay.url)).toEqual(['http://127.0.0.1:4455']);
  });

  it('keeps this computer working when another program grabs the port during the rebind', async () => {
    const relays = fakeRelays();
    const host = createEmbeddedRelay({ ...relays, dataDir: '/d', lanUrlsFor, preferredPort: 4455 });
    await host.start({ network: 'this-computer' });
    // The wildcard bind fails, the loopback one that follows succeeds.
    relays.startRelay.mockRejectedValueOnce(Object.assign(new Error('in use'), { code: 'EADDRINUSE' }));
    await expect(host.start({ network: 'local-network' })).rejects.toThrow(/^ports-taken: port 4455 /);
    await expect(host.status()).resolves.toMatchObject({ running: true, network: 'this-computer' });
  });
});

describe('with the real relay', () => {
  const real = realRelays();
  afterEach(() => real.cleanUp());

  it('answers on the same loopback address before, during and after sharing', async () => {
    const { host } = real.host({ lanUrlsFor });
    const { url } = await host.start({ network: 'this-computer' });
    const shared = await host.start({ network: 'local-network' });
    expect(shared.url).toBe(url);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await host.start({ network: 'this-computer' })).url).toBe(url);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});
