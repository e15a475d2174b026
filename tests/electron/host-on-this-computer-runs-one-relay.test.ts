import { describe, expect, it } from 'vitest';
import { createEmbeddedRelay } from '../../electron/host/embedded-relay';
import { fakeRelays } from './host-fixture';

describe('hosting runs one relay', () => {
  it('however many times it is started, even by quick clicks at once', async () => {
    const relays = fakeRelays();
    const host = createEmbeddedRelay({ ...relays, dataDir: '/d', lanUrlsFor: () => [] });
    const answers = await Promise.all([
      host.start({ network: 'this-computer' }),
      host.start({ network: 'this-computer' }),
      host.start({ network: 'this-computer' }),
    ]);
    expect(new Set(answers.map((answer) => answer.url)).size).toBe(1);
    expect(relays.startRelay).toHaveBeenCalledTimes(1);
    expect(relays.running()).toHaveLength(1);
  });

  it('even when a share and a start are clicked at once: one relay runs, in the last mode asked for', async () => {
    const relays = fakeRelays();
    const host = createEmbeddedRelay({ ...relays, dataDir: '/d', lanUrlsFor: () => [] });
    await Promise.all([
      host.start({ network: 'this-computer' }),
      host.start({ network: 'local-network' }),
      host.start({ network: 'this-computer' }),
    ]);
    expect(relays.running()).toHaveLength(1);
    expect(relays.running()[0]?.host).toBe('127.0.0.1');
  });

  it('stops the running relay once, and says when there was nothing to stop', async () => {
    const relays = fakeRelays();
    const host = createEmbeddedRelay({ ...relays, dataDir: '/d', lanUrlsFor: () => [] });
    await expect(host.stop()).resolves.toEqual({ stopped: false });
    await host.start({ network: 'this-computer' });
    await expect(host.stop()).resolves.toEqual({ stopped: true });
    expect(relays.started[0]?.close).toHaveBeenCalledTimes(1);
    await expect(host.stop()).resolves.toEqual({ stopped: false });
  });

  it('can start again after a failed start', async () => {
    const relays = fakeRelays();
    relays.startRelay.mockRejectedValueOnce(new Error('disk full'));
    const host = createEmbeddedRelay({ ...relays, dataDir: '/d', lanUrlsFor: () => [] });
    await expect(host.start({ network: 'this-computer' })).rejects.toThrow('disk full');
    await expect(host.start({ network: 'this-computer' })).resolves.toMatchObject({
      network: 'this-computer',
    });
    expect(relays.running()).toHaveLength(1);
  });
});
