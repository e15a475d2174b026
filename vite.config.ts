// Builds the renderer (React UI) for both the Electron app:// protocol and the relay's web mode.
import { defineConfig } from 'vite';
import { offlineShell } from './renderer/offline/serviceWorkerBuild';

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
  },
});
