import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmbeddedRelay, DEFAULT_HOST_PORT, type StartRelay } from '../../electron/host/embedded-relay';
import { lanUrls } from '../../electron/host/lan-addresses';
import { createLogger, createRelay } from '../../server/index';

const fakeStart = () =>
  vi.fn<StartRelay>(async ({ port }) => ({ url: `http://0.0.0.0:${port}`, close: vi.fn(async () => {}) }));

describe('hosting on this computer', () => {
  it('starts the relay on every interface with data in the given folder, and reports local and LAN addresses', async () => {
    const startRelay = fakeStart();
    const relay = createEmbeddedRelay({
      startRelay,
      dataDir: '/data/relay',
      webRoot: '/app/renderer',
      lanUrlsFor: (port) => [`http://192.168.1.20:${port}`],
    });
    await expect(relay.start({})).resolves.toEqual({
      url: `http://127.0.0.1:${DEFAULT_HOST_PORT}`,
      lanUrls: [`http://192.168.1.20:${DEFAULT_HOST_PORT}`],
    });
    expect(startRelay).toHaveBeenCalledWith({
      port: DEFAULT_HOST_PORT,
      host: '0.0.0.0',
      dataDir: '/data/relay',
      webRoot: '/app/renderer',
    });
  });

  it('runs one relay however many times it is started, even at once', async () => {
    const startRelay = fakeStart();
    const relay = createEmbeddedRelay({ startRelay, dataDir: '/d', lanUrlsFor: () => [] });
    const [first, second] = await Promise.all([relay.start({ port: 5000 }), relay.start({ port: 5000 })]);
    expect(first).toEqual(second);
    expect(startRelay).toHaveBeenCalledTimes(1);
  });

  it('stops the running relay once, and says when there was nothing to stop', async () => {
    const startRelay = fakeStart();
    const relay = createEmbeddedRelay({ startRelay, dataDir: '/d', lanUrlsFor: () => [] });
    await expect(relay.stop()).resolves.toEqual({ stopped: false });
    await relay.start({});
    const running = await startRelay.mock.results[0]?.value;
    await expect(relay.stop()).resolves.toEqual({ stopped: true });
    expect(running.close).toHaveBeenCalledTimes(1);
    await expect(relay.stop()).resolves.toEqual({ stopped: false });
  });

  it('can start again after a failed start', async () => {
    const startRelay = fakeStart();
    startRelay.mockRejectedValueOnce(new Error('EADDRINUSE'));
    const relay = createEmbeddedRelay({ startRelay, dataDir: '/d', lanUrlsFor: () => [] });
    await expect(relay.start({ port: 5000 })).rejects.toThrow('EADDRINUSE');
    await expect(relay.start({ port: 5001 })).resolves.toMatchObject({ url: 'http://127.0.0.1:5001' });
  });
});

describe('LAN addresses', () => {
  it('are the non-internal IPv4 addresses, once each', () => {
    const iface = (address: string, family: 'IPv4' | 'IPv6', internal: boolean) => ({
      address,
      family,
      internal,
      netmask: '',
      mac: '',
      cidr: null,
      ...(family === 'IPv6' ? { scopeid: 0 } : {}),
    });
    expect(
      lanUrls(
        {
          lo: [iface('127.0.0.1', 'IPv4', true), iface('::1', 'IPv6', true)],
          wlan0: [iface('192.168.1.20', 'IPv4', false), iface('fe80::1', 'IPv6', false)],
          eth0: [iface('10.0.0.5', 'IPv4', false)],
          docker0: [iface('10.0.0.5', 'IPv4', false)],
        } as never,
        4455,
      ),
    ).toEqual(['http://10.0.0.5:4455', 'http://192.168.1.20:4455']);
  });
});

describe('with the real relay from server/', () => {
  let dataDir: string | undefined;
  afterEach(() => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers its health check on the reported local address, and stops', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'commons-host-'));
    const relay = createEmbeddedRelay({
      startRelay: (options) => createRelay({ ...options, logger: createLogger('silent') }),
      dataDir,
      webRoot: dataDir,
      lanUrlsFor: () => [],
    });
    const { url } = await relay.start({ port: 0 });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    await expect(relay.stop()).resolves.toEqual({ stopped: true });
  });
});
