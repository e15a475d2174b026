// `npm run serve` starts the bundled relay without naming a web root: it must find the web build next to its own
// bundle (dist/renderer), wherever the bundler put the relay's code (dist/server, dist/server/chunks), or a
// newcomer opening http://127.0.0.1:8080 gets "the web build is not available on this relay".
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { type RelayInstance, startInstance } from './cluster-fixture';
import { REPO_ROOT } from './support/build-cli';
import { TEST_SECRET, tempDir } from './support/relay';

const WEB_INDEX = join(REPO_ROOT, 'dist/renderer/index.html');
let relay: RelayInstance | null = null;
let dataDir = '';
afterEach(async () => {
  await relay?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('the bundled relay serves the web build from dist/renderer when no web root is given', async () => {
  if (!existsSync(WEB_INDEX)) {
    throw new Error('this test needs the web build: run `npm run build` first (`npm test` does)');
  }
  dataDir = tempDir();
  relay = await startInstance({ dataDir, secret: TEST_SECRET });
  const response = await fetch(`${relay.url}/`);
  expect(response.status).toBe(200);
  expect(await response.text()).toBe(readFileSync(WEB_INDEX, 'utf8'));
});
