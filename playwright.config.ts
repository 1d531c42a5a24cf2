import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real renderer in Chromium through the browser host
 * (electron/host). Playwright's own browser download is unavailable here, so the system
 * Chromium is used; CHROMIUM_PATH points elsewhere if needed.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/globalSetup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  // The JSON report feeds the one closing line `npm test` prints (scripts/test-summary.mjs).
  reporter: [['list'], ['./tests/e2e/support/skipReasons.ts'], ['json', { outputFile: '.test-reports/e2e.json' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 820 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
