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
  workers: 1,
});
