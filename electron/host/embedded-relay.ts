// "Host on this computer": runs the relay from server/ inside the app, on every network interface, so a
// workshop in a room without internet can still work together over the local network. One relay at a time.
import type { IpcInput, IpcOutput } from '../../shared/ipc/contract';

export interface RunningRelay {
  url: string;
  close(): Promise<void>;
}

export type StartRelay = (options: {
  port: number;
  host: string;
  dataDir: string;
  webRoot?: string;
}) => Promise<RunningRelay>;

export interface EmbeddedRelayOptions {
  startRelay: StartRelay;
  /** Where hosted spaces are stored (userData/relay in the app). */
  dataDir: string;
  /** The renderer build, so people on the network can also join from a browser. */
  webRoot?: string;
  /** The LAN URLs for a port (lan-addresses.ts over os.networkInterfaces() in the app). */
  lanUrlsFor: (port: number) => string[];
  defaultPort?: number;
}

export const DEFAULT_HOST_PORT = 4455;

export interface EmbeddedRelay {
  start(input: IpcInput<'host:start'>): Promise<IpcOutput<'host:start'>>;
  stop(): Promise<IpcOutput<'host:stop'>>;
}

export function createEmbeddedRelay({
  startRelay,
  dataDir,
  webRoot,
  lanUrlsFor,
  defaultPort = DEFAULT_HOST_PORT,
}: EmbeddedRelayOptions): EmbeddedRelay {
  let running: { relay: RunningRelay; result: IpcOutput<'host:start'> } | null = null;
  // Serialises start and stop, so two quick clicks never start two relays.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    start: (input) =>
      serially(async () => {
        if (running !== null) return running.result;
        const relay = await startRelay({
          port: input.port ?? defaultPort,
          host: '0.0.0.0',
          dataDir,
          ...(webRoot !== undefined ? { webRoot } : {}),
        });
        const url = new URL(relay.url);
        // The relay reports the address it bound (0.0.0.0); this computer reaches it on loopback.
        if (url.hostname === '0.0.0.0') url.hostname = '127.0.0.1';
        const local = url.origin;
        running = { relay, result: { url: local, lanUrls: lanUrlsFor(Number(url.port)) } };
        return running.result;
      }),
    stop: () =>
      serially(async () => {
        if (running === null) return { stopped: false };
        const { relay } = running;
        running = null;
        await relay.close();
        return { stopped: true };
      }),
  };
}
