import { afterEach, describe, expect, it } from 'vitest';
import { createEmbeddedRelay } from '../../electron/host/embedded-relay';
import { fakeRelays, realRelays } from './host-fixture';

describe('setup codes', () => {
  it('are minted by the relay that is running, in whichever mode it runs', async () => {
    const relays = fakeRelays();
    const host = createEmbeddedRelay({ ...relays, dataDir: '/d', lanUrlsFor: () => [], preferredPort: 4455 });
    await host.start({ network: 'this-computer' });
    await expect(host.setupCode()).resolves.toEqual({ code: 'setup-code-1-from-127.0.0.1:4455' });
    await host.start({ network: 'local-network' });
    await expect(host.setupCode()).resolves.toEqual({ code: 'setup-code-2-from-0.0.0.0:4455' });
  });

  it('are refused with a clear reason while nothing is running', async () => {
    const host = createEmbeddedRelay({ ...fakeRelays(), dataDir: '/d', lanUrlsFor: () => [] });
    await expect(host.setupCode()).rejects.toThrow(
      /^not-running: start hosting before asking for a setup code$/,
    );
    await host.start({ network: 'this-computer' });
    await host.stop();
    await expect(host.setupCode()).rejects.toThrow(/^not-running: /);
  });
});

describe('with the real relay', () => {
  const real = realRelays();
  afterEach(() => real.cleanUp());

  it('gives a code the relay accepts once, to create a space owned by this person', async () => {
    const { host } = real.host();
    const { url } = await host.start({ network: 'this-computer' });
    const { code } = await host.setupCode();
    const post = (path: string, body: unknown) =>
      fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post('/api/setup/check', { code })).status).toBe(200);
    const setup = {
      code,
      displayName: 'Amina',
      space: { name: 'Kenya drafting', description: 'Our first space', languages: ['en'] },
    };
    const created = await post('/api/setup', setup);
    expect(created.status).toBe(200);
    expect(await created.json()).toMatchObject({ role: 'owner', spaceName: 'Kenya drafting' });
    expect((await post('/api/setup', setup)).status).toBe(410);
  });
});
