// `commons-relay` on a data folder with no space prints a one-time first-owner link right after its listening
// line, and no link once a space exists; `commons-relay setup-link` prints a new working link at any time.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { callApi, setUpSpace, setupCodeOf } from './support/api';
import { ensureCliBuilt } from './support/build-cli';
import { eventually, startRelay, tempDir } from './support/relay';
import { type RelayProcess, startRelayProcess } from './support/relay-process';

const SECRET = 'first-owner-test-secret';
const run = promisify(execFile);
let cli: string;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  cli = await ensureCliBuilt();
}, 120_000);

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function folder(): string {
  const dataDir = tempDir();
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  return dataDir;
}

async function serve(dataDir: string): Promise<RelayProcess> {
  const relay = await startRelayProcess(dataDir, SECRET);
  cleanups.push(async () => {
    if (relay.child.exitCode === null) relay.child.kill('SIGTERM');
    await relay.exited;
  });
  return relay;
}

async function stop(relay: RelayProcess): Promise<string> {
  relay.child.kill('SIGTERM');
  expect(await relay.exited).toBe(0);
  return relay.output();
}

test('an empty data folder prints the first-owner link after listening, and a space stops it', async () => {
  const dataDir = folder();
  const first = await serve(dataDir);
  await eventually(() => first.output().includes('first owner: '));
  const lines = first.output().trim().split('\n');
  const listening = lines.indexOf(`listening on ${first.url}`);
  expect(listening).toBeGreaterThanOrEqual(0);
  const link = /^first owner: (\S+)$/.exec(lines[listening + 1] ?? '')?.[1] ?? '';
  expect(link).toMatch(new RegExp(`^${first.url}/#/setup\\?code=[\\w-]{24,}$`));
  await setUpSpace(first.url, setupCodeOf(link));
  await stop(first);

  const second = await serve(dataDir);
  const output = await stop(second);
  expect(output).toContain(`listening on ${second.url}`);
  expect(output).not.toContain('first owner');
});

test('setup-link prints a new link that works once, even while the relay runs with a space', async () => {
  const dataDir = folder();
  const relay = await startRelay({ dataDir, secret: SECRET });
  cleanups.push(() => relay.close());
  await setUpSpace(relay.url, setupCodeOf(relay.relay.setupLink ?? ''));

  const { stdout } = await run(process.execPath, [cli, 'setup-link', '--data', dataDir, '--url', relay.url], {
    env: { ...process.env, COMMONS_RELAY_SECRET: SECRET },
  });
  const link = stdout.trim();
  expect(link).toMatch(new RegExp(`^${relay.url}/#/setup\\?code=[\\w-]{24,}$`));
  const code = setupCodeOf(link);
  expect((await callApi(relay.url, 'POST', '/api/setup/check', { body: { code } })).status).toBe(200);
  const founded = await setUpSpace(relay.url, code, 'Second Space');
  expect(founded.space).toBe('second-space');
  const reused = await callApi(relay.url, 'POST', '/api/setup/check', { body: { code } });
  expect(reused.body.error).toMatch(/already been used/);
});
