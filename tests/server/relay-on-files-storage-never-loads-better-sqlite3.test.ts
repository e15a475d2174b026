// The desktop app bundles the relay into Electron's main process, where better-sqlite3 (built for Node) cannot
// load. Bundled the same way (CommonJS, better-sqlite3 left outside) but with better-sqlite3 replaced by a module
// that throws, a relay on files storage must start, store and stop; asking for SQLite shows the trap is live.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bundleServerModule } from './support/build-cli';
import { tempDir } from './support/relay';

const folder = tempDir('commons-no-native-');
const bundle = join(folder, 'relay.cjs');

beforeAll(async () => {
  await bundleServerModule('server/index.ts', bundle, {
    format: 'cjs',
    define: { 'import.meta.url': '__bundleFileUrl' },
    banner: { js: "const __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [
      {
        name: 'better-sqlite3-trap',
        setup(context) {
          context.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: 'trap', namespace: 'trap' }));
          context.onLoad({ filter: /.*/, namespace: 'trap' }, () => ({
            contents: "throw new Error('better-sqlite3 was loaded');",
          }));
        },
      },
    ],
  });
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function runRelay(engine: 'files' | 'sqlite') {
  const script = join(folder, `run-${engine}.cjs`);
  writeFileSync(
    script,
    `const { createRelay } = require(${JSON.stringify(bundle)});
createRelay({ port: 0, host: '127.0.0.1', dataDir: ${JSON.stringify(join(folder, engine))}, secret: 's',
  storageEngine: '${engine}', webRoot: ${JSON.stringify(join(folder, 'no-web'))} })
  .then((relay) => relay.close())
  .then(() => console.log('relay started and stopped'), (error) => { console.error(error.message); process.exit(1); });`,
  );
  return spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
}

test('a relay on files storage runs with better-sqlite3 unloadable', () => {
  const run = runRelay('files');
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain('relay started and stopped');
  expect(run.status).toBe(0);
});

test('the same bundle asked for SQLite does reach better-sqlite3', () => {
  const run = runRelay('sqlite');
  expect(run.stderr).toContain('better-sqlite3 was loaded');
  expect(run.status).toBe(1);
});
