// Builds the Node-side bundles: Electron main and preload (CommonJS: a sandboxed preload cannot be ESM),
// and the relay server and its CLI (ESM, dependencies left in node_modules).

import { existsSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

// The relay's chunks are named by content: the last build's would otherwise pile up beside the new ones.
rmSync('dist/server/chunks', { recursive: true, force: true });

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
    entryPoints: { cli: 'server/commons-relay.ts', index: 'server/index.ts' },
    outdir: 'dist/server',
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    // The CLI's entry limits V8's young generation before the command and its packages load (a chunk of their own).
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
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
