import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/**
 * The docs' screenshot generators: Playwright scripts run by hand (they rewrite committed
 * files in docs/screenshots/ and assert nothing), with the e2e harness's host and browser:
 * `npx playwright test -c scripts/screenshots/playwright.config.ts`.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  globalSetup: '../../tests/e2e/support/globalSetup.ts',
  // The base's reporters name files relative to the root (skipReasons.ts, the e2e JSON report
  // for npm test's summary); a generator needs neither.
  reporter: 'list',
  workers: 1,
});
