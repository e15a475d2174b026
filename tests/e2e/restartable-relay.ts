// The relay as the built `commons-relay` command on a fixed data folder and port, so a test can freeze it, kill
// it and start it again in its place (saved-means-stored, suggestions surviving a crash), with the fixture's
// token helper.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Role } from '../../shared/roles';
import type { RelayFixture } from './fixtures';

const CLI = join(process.cwd(), 'dist/server/cli.mjs');
const BUILT_RELAY = join(process.cwd(), 'dist/server/index.mjs');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export class RestartableRelay {
  private child: ChildProcess | null = null;
  private constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<RestartableRelay> {
    return new RestartableRelay(await mkdtemp(join(tmpdir(), 'commons-e2e-restart-')), await freePort());
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
    const child = spawn(
      process.execPath,
      [CLI, '--port', String(this.port), '--host', '127.0.0.1', '--data', this.dataDir],
      { env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('listening on')) resolve();
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.once('exit', (code) =>
        reject(new Error(`relay exited with ${code} before listening:\n${output}`)),
      );
    });
  }

  /** Freezes the relay: the socket stays open, but nothing sent to it is read, stored or confirmed. */
  freeze(): void {
    this.child?.kill('SIGSTOP');
  }

  /** SIGKILL: no flush, no goodbye; what it confirmed stored must still be there after a restart. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }

  async fixture(): Promise<RelayFixture> {
    const { issueMemberToken } = (await import(
      pathToFileURL(BUILT_RELAY).href
    )) as typeof import('../../server/index');
    const token = (space: string, role: Role = 'editor', name = 'Test member') =>
      issueMemberToken({ dataDir: this.dataDir, space, role, name });
    return {
      url: this.url,
      dataDir: this.dataDir,
      setupLink: null,
      token,
      invite: async () => {
        throw new Error('not needed here');
      },
    };
  }

  async remove(): Promise<void> {
    await this.kill();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
