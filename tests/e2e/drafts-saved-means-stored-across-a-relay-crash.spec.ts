// "Saved" means stored: a relay killed (SIGKILL) before it confirmed an edit leaves the draft saying the edit is
// not yet on the server, kept on this computer; when the relay restarts the edit reaches it, and only once it is
// stored does the draft say saved, which a second crash right after cannot undo. The relay runs as the built
// `commons-relay` command on a fixed data folder and port, so it can be killed and started again in its place.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import type { Role } from '../../shared/roles';
import { draftBody, joinAs, startDraft } from './drafts-people';
import { expect, type RelayFixture, test } from './fixtures';

const CLI = join(process.cwd(), 'dist/server/cli.mjs');
const BUILT_RELAY = join(process.cwd(), 'dist/server/index.mjs');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The relay command, started (and restarted) on one port and one data folder. */
class RelayCommand {
  private child: ChildProcess | null = null;
  readonly url: string;

  constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {
    this.url = `http://127.0.0.1:${port}`;
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
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('listening on')) resolve();
      };
      child.stdout?.on('data', onData);
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

  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }
}

async function relayOn(command: RelayCommand): Promise<RelayFixture> {
  const { issueMemberToken } = (await import(
    pathToFileURL(BUILT_RELAY).href
  )) as typeof import('../../server/index');
  const token = (space: string, role: Role = 'editor', name = 'Test member') =>
    issueMemberToken({ dataDir: command.dataDir, space, role, name });
  return {
    url: command.url,
    dataDir: command.dataDir,
    setupLink: null,
    token,
    invite: async () => {
      throw new Error('not needed here');
    },
  };
}

const status = (page: Page) => page.locator('.draft-sync');

test('a relay killed before confirming leaves the edit unsaved, and it reaches the relay after a restart', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const dataDir = await mkdtemp(join(tmpdir(), 'commons-e2e-crash-'));
  const relay = new RelayCommand(dataDir, await freePort());
  try {
    await relay.start();
    const fixture = await relayOn(relay);
    const amina = await joinAs(browser, fixture, 'nrm', { displayName: 'Amina Haddad' });
    await startDraft(amina.page, 'Crash notes');
    await draftBody(amina.page).click();
    await amina.page.keyboard.type('Stored before the crash.');
    await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible({ timeout: 15_000 });
    const address = amina.page.url();

    // The relay stops reading; the edit goes out on the still-open socket and is never confirmed.
    relay.freeze();
    await amina.page.keyboard.press('Enter');
    await amina.page.keyboard.type('Written as the relay died.');
    await expect(status(amina.page)).toHaveAttribute('data-unconfirmed', /[1-9]/);
    await expect(amina.page.locator('[data-sync="saved"]')).toHaveCount(0);
    await amina.page.waitForTimeout(1000);
    await expect(amina.page.locator('[data-sync="saved"]')).toHaveCount(0);

    await relay.kill();
    await expect(amina.page.locator('[data-sync="offline"]')).toBeVisible({ timeout: 15_000 });
    await expect(status(amina.page)).toContainText('not yet on the server');

    // Back in its place: the edit is sent again, stored, and only then saved.
    await relay.start();
    await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible({ timeout: 45_000 });

    // "Saved" was true: a second crash at once loses nothing.
    await relay.kill();
    await relay.start();
    const reader = await joinAs(browser, fixture, 'nrm', { displayName: 'Bakhyt Ospanov' });
    await reader.page.goto(address);
    await expect(draftBody(reader.page)).toContainText('Written as the relay died.', { timeout: 30_000 });
    await amina.context.close();
    await reader.context.close();
  } finally {
    await relay.kill();
    await rm(dataDir, { recursive: true, force: true });
  }
});
