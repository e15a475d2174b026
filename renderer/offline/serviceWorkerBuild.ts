// A Vite plugin that builds renderer/offline/serviceWorker.ts to service-worker.js at the root of the web
// build: a service worker only controls pages at or below its own path, and hashed /assets/ would be too deep.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { SERVICE_WORKER_FILE } from './serviceWorkerFile';

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
  };
}
