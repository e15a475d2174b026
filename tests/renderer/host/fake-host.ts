// A HostControl that behaves like main's embedded relay (one relay, rebinds on the same port) and records
// every call, so the renderer's host flows can be tested in Node without Electron.

import type { HostControl, HostStatus } from '../../../renderer/platform/Platform';
import type { HostNetwork } from '../../../shared/ipc/contract';

export interface FakeHost extends HostControl {
  calls: string[];
  /** Makes the next call to `method` fail with this message (as main's Error arrives through IPC). */
  failNext(method: 'start' | 'status' | 'setupCode' | 'stop', message: string): void;
}

export function fakeHost(options: { lanUrls?: string[]; port?: number } = {}): FakeHost {
  const port = options.port ?? 4455;
  const lan = options.lanUrls ?? [`http://192.168.1.20:${port}`];
  let network: HostNetwork | null = null;
  let codes = 0;
  const failures = new Map<string, string>();
  const calls: string[] = [];
  const call = (name: string) => {
    calls.push(name);
    const method = name.split(' ')[0] ?? name;
    const message = failures.get(method);
    if (message !== undefined) {
      failures.delete(method);
      throw new Error(`Error invoking remote method 'host:${method}': Error: ${message}`);
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const addresses = (current: HostNetwork) => ({
    url,
    lanUrls: current === 'local-network' ? lan : [],
    network: current,
  });
  return {
    calls,
    failNext: (method, message) => failures.set(method, message),
    async start(next) {
      call(`start ${next}`);
      network = next;
      return addresses(next);
    },
    async status(): Promise<HostStatus> {
      call('status');
      return network === null
        ? { running: false, network: null, url: null, lanUrls: [] }
        : { running: true, ...addresses(network) };
    },
    async setupCode() {
      call('setupCode');
      if (network === null) throw new Error('not-running: start hosting before asking for a setup code');
      return `code-${++codes}`;
    },
    async stop() {
      call('stop');
      const was = network !== null;
      network = null;
      return was;
    },
  };
}
