// Runs the built `commons-relay` command as a child process, as an operator would.
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { ensureCliBuilt } from './build-cli';
import { tempDir } from './relay';

export interface RelayProcess {
  child: ChildProcess;
  url: string;
  wsUrl: string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Everything the command has printed so far, stdout and stderr together. */
  output(): string;
}

/** `flags` are added after the port, host and data folder. */
export async function startRelayProcess(
  dataDir: string,
  secret: string,
  flags: string[] = [],
): Promise<RelayProcess> {
  const cli = await ensureCliBuilt();
  const args = [cli, '--port', '0', '--host', '127.0.0.1', '--data', dataDir, ...flags];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, COMMONS_RELAY_SECRET: secret, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        child.stdout?.off('data', onData);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`relay exited with ${code} before listening:\n${output}`)));
  });
  return { child, url, wsUrl: url.replace(/^http/, 'ws'), exited, output: () => output };
}

/** Relay processes with one secret over temporary data folders; cleanUp (after each test) kills and removes them. */
export function relayProcesses(secret: string) {
  const processes: RelayProcess[] = [];
  const folders: string[] = [];
  return {
    /** A new temporary data folder. */
    folder(): string {
      const dataDir = tempDir();
      folders.push(dataDir);
      return dataDir;
    },
    async start(dataDir: string, flags: string[] = []): Promise<RelayProcess> {
      const relay = await startRelayProcess(dataDir, secret, flags);
      processes.push(relay);
      return relay;
    },
    cleanUp(): void {
      for (const relay of processes.splice(0)) relay.child.kill('SIGKILL');
      for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    },
  };
}
