// Builds the Node-side bundles: Electron main and preload (CommonJS: a sandboxed preload cannot be ESM),
// and the relay server and its CLI (ESM, dependencies left in node_modules).

import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({
    ...common,
    entryPoints: { main: 'electron/main.ts' },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    // Native modules and Electron itself stay outside the bundle.
    external: ['electron', 'better-sqlite3', 'pg-native'],
    // The embedded relay finds its files from import.meta.url, which CommonJS lacks: give it this file's URL.
    define: { 'import.meta.url': '__bundleFileUrl' },
    banner: { js: "const __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  }),
  build({
    ...common,
    entryPoints: { preload: 'electron/preload.ts' },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: { cli: 'server/cli.ts', index: 'server/index.ts' },
    outdir: 'dist/server',
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
  }),
  ...(existsSync('tests/bench/run.ts')
    ? [
        build({
          ...common,
          entryPoints: { run: 'tests/bench/run.ts' },
          outdir: 'dist/bench',
          outExtension: { '.js': '.mjs' },
          format: 'esm',
          packages: 'external',
        }),
      ]
    : []),
]);
