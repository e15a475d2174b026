// A Vite plugin that builds renderer/offline/serviceWorker.ts to service-worker.js at the root of the web
// build (a service worker only controls pages at or below its own path, and hashed /assets/ would be too deep),
// and writes app-files.json: every file the app may load, so the worker can keep lazily loaded parts offline
// (script fonts listed apart: kept when used, not fetched ahead).
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { APP_FILES_MANIFEST, type AppFilesManifest, SERVICE_WORKER_FILE } from './serviceWorkerFile';

export function offlineShell(): Plugin {
  return {
    name: 'commons-offline-shell',
    apply: 'build',
    buildStart() {
      this.emitFile({
        type: 'chunk',
        id: fileURLToPath(new URL('./serviceWorker.ts', import.meta.url)),
        fileName: SERVICE_WORKER_FILE,
      });
    },
    generateBundle(_options, bundle) {
      const assets = Object.keys(bundle)
        .filter((name) => name.startsWith('assets/') && !name.endsWith('.map'))
        .sort();
      const font = (name: string) => /\.woff2?$/.test(name);
      const manifest: AppFilesManifest = {
        files: assets.filter((name) => !font(name)),
        onDemand: assets.filter(font),
      };
      this.emitFile({ type: 'asset', fileName: APP_FILES_MANIFEST, source: `${JSON.stringify(manifest)}\n` });
    },
  };
}
