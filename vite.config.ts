// Builds the renderer (React UI) for both the Electron app:// protocol and the relay's web mode.
import { defineConfig } from 'vite';
import { offlineShell } from './renderer/offline/serviceWorkerBuild';

const SERVICE_WORKER_SOURCE = /renderer[\\/]offline[\\/]serviceWorker\.ts$/;

export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  // service-worker.js beside index.html, so the web build opens offline after one visit.
  plugins: [offlineShell()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
    // Fonts stay files, never data: URLs in the stylesheet: a face is fetched only when its script is shown, and
    // the stylesheet every first screen waits for stays small.
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
    rolldownOptions: {
      output: {
        // Zod and the switch that turns its eval probe off share one chunk, so every chunk that builds a schema
        // imports that chunk and runs after the switch (the CSP forbids eval; a schema built earlier would probe).
        advancedChunks: {
          groups: [
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|zodWithoutEval/ },
            // What the first screen needs, statically imported from the entry, in one file (at 400 ms a round trip,
            // a dozen small shared chunks cost more than their bytes); the service worker is an entry of its own.
            { name: 'first-screen', tags: ['$initial'], test: (id) => !SERVICE_WORKER_SOURCE.test(id) },
          ],
        },
      },
    },
  },
});
