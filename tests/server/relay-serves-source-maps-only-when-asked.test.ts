// Source maps give away the app's sources and weigh several times the app: a relay serves them only when started
// with --source-maps (option serveSourceMaps); otherwise they are not found, like any missing file.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { startRelay, type TestRelay, tempDir } from './support/relay';

const relays: TestRelay[] = [];
const roots: string[] = [];

function webBuild(): string {
  const webRoot = tempDir('commons-web-');
  roots.push(webRoot);
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Commons</title>');
  writeFileSync(
    join(webRoot, 'assets', 'index-abc123.js'),
    'console.log(1)\n//# sourceMappingURL=index-abc123.js.map',
  );
  writeFileSync(join(webRoot, 'assets', 'index-abc123.js.map'), '{"version":3,"sources":["main.tsx"]}');
  writeFileSync(join(webRoot, 'service-worker.js.map'), '{"version":3,"sources":["serviceWorker.ts"]}');
  return webRoot;
}

afterEach(async () => {
  for (const relay of relays.splice(0)) await relay.close();
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

test('without the flag, source maps are refused with 404 and never answered with index.html', async () => {
  const relay = await startRelay({ webRoot: webBuild() });
  relays.push(relay);
  for (const path of ['/assets/index-abc123.js.map', '/service-worker.js.map', '/missing.js.map']) {
    const response = await fetch(`${relay.url}${path}`);
    expect(response.status, path).toBe(404);
    expect(await response.text()).not.toContain('sources');
  }
  expect((await fetch(`${relay.url}/assets/index-abc123.js`)).status).toBe(200);
});

test('with serveSourceMaps, the maps are served as JSON', async () => {
  const relay = await startRelay({ webRoot: webBuild(), serveSourceMaps: true });
  relays.push(relay);
  const response = await fetch(`${relay.url}/assets/index-abc123.js.map`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(await response.json()).toEqual({ version: 3, sources: ['main.tsx'] });
  expect((await fetch(`${relay.url}/service-worker.js.map`)).status).toBe(200);
});
