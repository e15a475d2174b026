// Builds dist/server/{cli,index}.mjs the way esbuild.config.mjs does, so CLI tests run against the real bundle
// even when the rest of the app (renderer, electron) is not built.
import { existsSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type BuildOptions, build } from 'esbuild';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const CLI_PATH = join(REPO_ROOT, 'dist/server/cli.mjs');

async function newestSource(folder: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

/** Rebuilds the relay bundle when it is missing or older than its sources. */
export async function ensureCliBuilt(): Promise<string> {
  const sources = Math.max(
    await newestSource(join(REPO_ROOT, 'server')),
    await newestSource(join(REPO_ROOT, 'shared')),
  );
  if (existsSync(CLI_PATH) && statSync(CLI_PATH).mtimeMs >= sources) return CLI_PATH;
  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: { cli: 'server/commons-relay.ts', index: 'server/index.ts' },
    outdir: 'dist/server',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    banner: { js: '#!/usr/bin/env node' },
  });
  return CLI_PATH;
}

/**
 * Bundles one server module with everything it imports into `outfile`, for a child process to load on its own
 * (ESM unless `options` says otherwise).
 */
export async function bundleServerModule(
  entry: string,
  outfile: string,
  options: BuildOptions = {},
): Promise<void> {
  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'error',
    ...options,
  });
}
