// End-to-end tests in the system's Chromium against the web build (dist/renderer), which `npm test` builds
// first. Each test starts its own relay (tests/e2e/fixtures.ts), so tests never share state.
import { defineConfig, devices } from '@playwright/test';

// The relays the tests start log only what went wrong, so the test report stays readable.
process.env.LOG_LEVEL ??= 'warn';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  // Generous: the machine is shared, and a slow step is not a failure (performance has its own benchmarks).
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    screenshot: 'only-on-failure',
    trace: 'off',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    launchOptions: {
      // The machine's Chromium; Playwright's own browser download is never used.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
