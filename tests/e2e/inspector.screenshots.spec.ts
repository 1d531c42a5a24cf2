import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { InspectorPage } from './pages/inspector';
import { startBrowserHost, type RunningHost } from './support/browserHost';

const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const ANALYST = 'Cybersecurity Analyst Professional Certificate';

let host: RunningHost | undefined;

test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

// Rewrites the committed docs images, so only on request (as the canvas screenshots).
test.skip(!process.env.UPDATE_SCREENSHOTS, 'set UPDATE_SCREENSHOTS=1 to rewrite docs/screenshots/');

// The built-in example, opened with no file: nothing is written anywhere but docs/screenshots.
test('screenshots of the inspector for the docs', async ({ page }) => {
  await mkdir(SHOTS, { recursive: true });
  host = await startBrowserHost();
  const inspector = new InspectorPage(page);

  await page.setViewportSize({ width: 1440, height: 900 });
  await inspector.open(host.url);
  await inspector.select(ANALYST);
  await expect(inspector.linked('Learning outcomes')).toHaveCount(7);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, 'inspector-credential.png') });

  // The whole credential form at once, to show every group of elements.
  await page.setViewportSize({ width: 1440, height: 4800 });
  await expect(inspector.section('Identity')).toBeVisible();
  await inspector.panel.screenshot({ path: join(SHOTS, 'inspector-credential-form.png') });

  await page.setViewportSize({ width: 1440, height: 900 });
  await inspector.linked('Learning outcomes').nth(1).getByRole('button').click();
  await expect(inspector.kind).toHaveText('Learning outcome');
  await page.screenshot({ path: join(SHOTS, 'inspector-outcome.png') });
});
