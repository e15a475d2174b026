// Where the built service worker lives: at the web build's root, beside index.html, so its scope covers the app.
export const SERVICE_WORKER_FILE = 'service-worker.js';
