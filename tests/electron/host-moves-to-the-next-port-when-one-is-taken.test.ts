import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmbeddedRelay, PORT_ATTEMPTS } from '../../electron/host/embedded-relay';
import { readRememberedPort, rememberPort } from '../../electron/host/remembered-port';
import { fakeRelays, realRelays } from './host-fixture';

describe('a port in use by another program', () => {
  it('moves the relay to the next free port and remembers it for next time', async () => {
    const relays = fakeRelays([4455, 4456]);
    const remember = vi.fn();
    const host = createEmbeddedRelay({
      ...relays,
      dataDir: '/d',
      lanUrlsFor: () => [],
      preferredPort: 4455,
      rememberPort: remember,
    });
    await expect(host.start({ network: 'this-computer' })).resolves.toMatchObject({
      url: 'http://127.0.0.1:4457',
    });
    expect(relays.startRelay.mock.calls.map(([options]) => options.port)).toEqual([4455, 4456, 4457]);
    expect(remember).toHaveBeenCalledWith(4457);
    // Stopped and started again, it comes back on the port it got, not the first one tried.
    await host.stop();
    await host.start({ network: 'this-computer' });
    expect(relays.startRelay).toHaveBeenLastCalledWith(expect.objectContaining({ port: 4457 }));
  });

  it('says clearly which ports were tried when all of them are taken', async () => {
    const taken = Array.from({ length: PORT_ATTEMPTS }, (_, i) => 4455 + i);
    const relays = fakeRelays(taken);
    const host = createEmbeddedRelay({ ...relays, dataDir: '/d', lanUrlsFor: () => [], preferredPort: 4455 });
    await expect(host.start({ network: 'this-computer' })).rejects.toThrow(
      `ports-taken: port 4455–${4454 + PORT_ATTEMPTS} is already in use by another program on this computer`,
    );
    expect(relays.running()).toHaveLength(0);
  });

  it('does not hide other failures behind a port change', async () => {
    const relays = fakeRelays();
    relays.startRelay.mockRejectedValueOnce(
      Object.assign(new Error('permission denied'), { code: 'EACCES' }),
    );
    const host = createEmbeddedRelay({ ...relays, dataDir: '/d', lanUrlsFor: () => [] });
    await expect(host.start({ network: 'this-computer' })).rejects.toThrow('permission denied');
    expect(relays.startRelay).toHaveBeenCalledTimes(1);
  });
});

describe('with the real relay and a real listener on the port', () => {
  const real = realRelays();
  let blocker: Server | undefined;
  afterEach(async () => {
    await real.cleanUp();
    blocker?.close();
  });

  it('starts on the next port', async () => {
    blocker = createServer();
    blocker.listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const takenPort = (blocker.address() as { port: number }).port;
    const { host } = real.host({ preferredPort: takenPort });
    const { url } = await host.start({ network: 'this-computer' });
    const port = Number(new URL(url).port);
    expect(port).toBeGreaterThan(takenPort);
    expect(port).toBeLessThan(takenPort + PORT_ATTEMPTS);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

describe('the remembered port', () => {
  it('is read back as written, and a missing or damaged file falls back to the default', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'commons-port-'));
    try {
      const file = path.join(folder, 'relay-port.json');
      expect(readRememberedPort(file, 4455)).toBe(4455);
      rememberPort(file, 4457);
      expect(readRememberedPort(file, 4455)).toBe(4457);
      for (const damaged of ['{', '{"port":"80"}', '{"port":70000}', '{"port":-1}', 'null']) {
        rmSync(file);
        writeFileSync(file, damaged);
        expect(readRememberedPort(file, 4455)).toBe(4455);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
