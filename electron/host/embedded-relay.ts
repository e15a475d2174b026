// "Start on this computer": runs the relay from server/ inside the app. It listens on loopback only until the
// person chooses to share on the local network, which rebinds it to every interface on the same port.
import { HOST_FAILURES, type HostNetwork, type IpcOutput } from '../../shared/ipc/contract';

export interface RunningRelay {
  url: string;
  port: number;
  close(): Promise<void>;
  /** A one-time link code that lets its holder create a space on this relay (and own it). */
  createSetupCode(): Promise<string>;
}

export type StartRelay = (options: {
  port: number;
  host: string;
  dataDir: string;
  webRoot?: string;
  storageEngine: 'files';
  /** Members, invites and spaces are managed from this computer only: the LAN sees plain HTTP. */
  adminFrom: 'loopback';
}) => Promise<RunningRelay>;

export interface EmbeddedRelayOptions {
  startRelay: StartRelay;
  /** Where hosted spaces are stored (userData/relay in the app). */
  dataDir: string;
  /** The renderer build, so people on the network can also join from a browser. */
  webRoot?: string;
  /** The LAN URLs for a port (lan-addresses.ts over os.networkInterfaces() in the app). */
  lanUrlsFor: (port: number) => string[];
  /** The port to try first (0: any free port, tried once). */
  preferredPort?: number;
  /** Called with the port after every start, so the next one (and saved spaces' addresses) keep it. */
  rememberPort?: (port: number) => void;
}

export const DEFAULT_HOST_PORT = 4455;
/** How many ports, from the preferred one up, are tried before giving up. */
export const PORT_ATTEMPTS = 5;

/** Loopback only: nothing outside this computer can reach the relay. */
export const LOOPBACK = '127.0.0.1';
const EVERY_INTERFACE = '0.0.0.0';

export interface EmbeddedRelay {
  start(input: { network: HostNetwork }): Promise<IpcOutput<'host:start'>>;
  status(): Promise<IpcOutput<'host:status'>>;
  setupCode(): Promise<IpcOutput<'host:setup-code'>>;
  stop(): Promise<IpcOutput<'host:stop'>>;
}

interface Running {
  relay: RunningRelay;
  network: HostNetwork;
  port: number;
}

export function createEmbeddedRelay({
  startRelay,
  dataDir,
  webRoot,
  lanUrlsFor,
  preferredPort = DEFAULT_HOST_PORT,
  rememberPort = () => {},
}: EmbeddedRelayOptions): EmbeddedRelay {
  let running: Running | null = null;
  let port = preferredPort;
  // Serialises every call, so two quick clicks never start two relays and a stop never races a start.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const addresses = (state: Running) => ({
    url: `http://${LOOPBACK}:${state.port}`,
    lanUrls: state.network === 'local-network' ? lanUrlsFor(state.port) : [],
    network: state.network,
  });

  const listen = async (network: HostNetwork, candidates: number[]): Promise<Running> => {
    const host = network === 'this-computer' ? LOOPBACK : EVERY_INTERFACE;
    for (const candidate of candidates) {
      try {
        const relay = await startRelay({
          port: candidate,
          host,
          dataDir,
          storageEngine: 'files',
          adminFrom: 'loopback',
          ...(webRoot !== undefined ? { webRoot } : {}),
        });
        return { relay, network, port: relay.port };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      }
    }
    const range = candidates.length > 1 ? `${candidates[0]}–${candidates.at(-1)}` : `${candidates[0]}`;
    throw new Error(
      `${HOST_FAILURES.portsTaken}: port ${range} is already in use by another program on this computer`,
    );
  };

  const portsFrom = (first: number) =>
    first === 0 ? [0] : Array.from({ length: PORT_ATTEMPTS }, (_, i) => first + i).filter((p) => p <= 65535);

  const stopRunning = async () => {
    if (running === null) return false;
    const { relay } = running;
    running = null;
    await relay.close();
    return true;
  };

  return {
    start: ({ network }) =>
      serially(async () => {
        if (running?.network === network) return addresses(running);
        if (running === null) {
          running = await listen(network, portsFrom(port));
        } else {
          // Rebind on the same port, so saved spaces' addresses stay right; open clients reconnect by themselves.
          const samePort = running.port;
          await stopRunning();
          try {
            running = await listen(network, [samePort]);
          } catch (error) {
            // Someone took the port in the moment it was free: keep this computer working, then say why.
            running = await listen('this-computer', [samePort]).catch(() => null);
            throw error;
          }
        }
        port = running.port;
        rememberPort(port);
        return addresses(running);
      }),
    status: () =>
      serially(async () =>
        running === null
          ? { running: false, network: null, url: null, lanUrls: [] }
          : { running: true, ...addresses(running) },
      ),
    setupCode: () =>
      serially(async () => {
        if (running === null)
          throw new Error(`${HOST_FAILURES.notRunning}: start hosting before asking for a setup code`);
        return { code: await running.relay.createSetupCode() };
      }),
    stop: () => serially(async () => ({ stopped: await stopRunning() })),
  };
}
