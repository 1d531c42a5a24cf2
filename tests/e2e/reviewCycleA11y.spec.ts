import { expect, test } from '@playwright/test';
import { serialiseDocument } from '../../shared/format';
import { reviewedSample } from '../unit/review-ui/reviewFixture';
import { CanvasPage } from './pages/CanvasPage';
import { ReviewPage } from './pages/review';
import { RevisionsPage } from './pages/revisions';
import { violations } from './support/axe';
import { useHostPerTest, type RunningHost } from './support/browserHost';

/**
 * WCAG 2.1 AA checks (axe-core) on what the review cycle added: the Review panel, the
 * Import Review dialog, the Revisions panel with a comparison open, Mark Revision, and
 * the credential's Status and approvals with the Record step dialog (support/axe.ts).
 */
const session = useHostPerTest();
let host: RunningHost;

test.beforeEach(async () => {
  const path = await session.folder.write('reviewed.mcred', serialiseDocument(reviewedSample()));
  host = await session.start([path, '--data-dir', await session.folder.dataDir()]);
});

test('the review cycle’s panels and dialogs have no WCAG 2.1 A/AA violations', async ({ page }) => {
  await page.goto(host.url);
  await new CanvasPage(page).waitReady();
  const review = new ReviewPage(page);
  await review.chip.click();
  await expect(review.panel).toBeVisible();
  expect(await violations(page, review.panel)).toEqual([]);
  // The whole window with the panel open: the workspace around it too.
  expect(await violations(page, page.locator('body'))).toEqual([]);

  const revisions = new RevisionsPage(page);
  await revisions.command('import review', 'Import Review…');
  await expect(review.dialog).toBeVisible();
  expect(await violations(page, review.dialog)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(review.dialog).toBeHidden();

  await revisions.openRevisions();
  await revisions.pick('Now').check();
  await revisions.rows.first().getByRole('checkbox').check();
  await expect(revisions.comparison).toBeVisible();
  expect(await violations(page, revisions.revisions)).toEqual([]);

  await revisions.command('revision', 'Mark Revision…');
  const mark = page.getByRole('dialog', { name: 'Mark Revision' });
  await expect(mark).toBeVisible();
  expect(await violations(page, mark)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(mark).toBeHidden();

  await revisions.revisions.getByRole('button', { name: 'Close revisions' }).click();
  await review.panel.getByRole('button', { name: /^Close/ }).click();
  await revisions.select('Cloud Security Fundamentals');
  await expect(revisions.approvals).toBeVisible();
  expect(await violations(page, revisions.approvals)).toEqual([]);
  await revisions.approvals.getByRole('button', { name: 'Record step…' }).click();
  await revisions.stepDialog.getByRole('radio', { name: /^Approved/ }).check();
  expect(await violations(page, revisions.stepDialog)).toEqual([]);
});

test('the Review panel gives the focus back to the chip that opened it, when closed with × or Escape', async ({ page }) => {
  await page.goto(host.url);
  await new CanvasPage(page).waitReady();
  const review = new ReviewPage(page);
  await review.chip.focus();
  await page.keyboard.press('Enter');
  await expect(review.panel).toBeVisible();
  await review.panel.getByRole('button', { name: 'Close review panel' }).focus();
  await page.keyboard.press('Enter');
  await expect(review.panel).toBeHidden();
  await expect(review.chip).toBeFocused();

  await page.keyboard.press('Enter');
  await review.panel.getByRole('radio', { name: 'All' }).focus();
  await page.keyboard.press('Escape');
  await expect(review.panel).toBeHidden();
  await expect(review.chip).toBeFocused();
});

test('at 1024 × 768 with the Review panel open, the map keeps some room and the inspector stays inside the window', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(host.url);
  await new CanvasPage(page).waitReady();
  const review = new ReviewPage(page);
  await review.chip.click();
  await expect(review.panel).toBeVisible();
  const map = (await page.getByRole('main').boundingBox())!;
  expect(map.width).toBeGreaterThanOrEqual(200);
  const inspector = (await page.getByRole('complementary', { name: 'Inspector' }).boundingBox())!;
  expect(inspector.x + inspector.width).toBeLessThanOrEqual(1024);
});

test('the minimap gives way when the map is too narrow for it, and comes back with room', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(host.url);
  await new CanvasPage(page).waitReady();
  const minimap = page.getByTestId('rf__minimap');
  await expect(minimap).toBeVisible();
  // At 1024 px with the Review panel open the map is about 240 px wide: a 200 × 150 px minimap would cover most of it.
  await page.setViewportSize({ width: 1024, height: 768 });
  const review = new ReviewPage(page);
  await review.chip.click();
  await expect(review.panel).toBeVisible();
  await expect(minimap).toHaveCount(0);
  await review.panel.getByRole('button', { name: 'Close review panel' }).click();
  await expect(review.panel).toBeHidden();
  await page.setViewportSize({ width: 1600, height: 900 });
  await expect(minimap).toBeVisible();
});

test('the Revisions panel gives the focus back to the map when closed with Escape, not to the page', async ({ page }) => {
  await page.goto(host.url);
  await new CanvasPage(page).waitReady();
  const revisions = new RevisionsPage(page);
  await revisions.openRevisions();
  await expect(revisions.pick('Now')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(revisions.revisions).toBeHidden();
  const focusInMap = await page.evaluate(() => {
    const d = (globalThis as unknown as { document: { activeElement: unknown; getElementById(id: string): { contains(n: unknown): boolean } | null } }).document;
    return d.getElementById('map')?.contains(d.activeElement) ?? false;
  });
  expect(focusInMap).toBe(true);
});
