import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseDocument, serialiseDocument } from '../../shared/format';
import { createSampleDocument } from '../../shared/sample';
import { ID } from '../../shared/sample/example/ids';
import { CanvasPage } from './pages/CanvasPage';
import { InspectorPage } from './pages/inspector';
import { MatrixPage } from './pages/matrix';
import { seriousViolations } from './support/axe';
import { useHostPerTest } from './support/browserHost';

const LO1 = 'Analyse packet captures and host logs to identify indicators of compromise in a simulated security operations centre.';
const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

const session = useHostPerTest();

async function openExample(page: Page): Promise<{ inspector: InspectorPage; path: string }> {
  const path = await session.folder.write('example.mcred', serialiseDocument(createSampleDocument()));
  const host = await session.start([path]);
  const inspector = new InspectorPage(page);
  await inspector.open(host.url);
  return { inspector, path };
}

const suggested = (inspector: InspectorPage) => inspector.panel.getByRole('list', { name: 'Suggested skills' }).getByRole('listitem');
const links = (inspector: InspectorPage) => inspector.panel.getByRole('list', { name: 'Links', exact: true });

test('accepts a suggested skill for an outcome at the level chosen; Ctrl+Z takes the link away again', async ({ page }) => {
  const { inspector } = await openExample(page);
  await inspector.select(LO1);
  await expect(inspector.section('Suggested')).toBeVisible();
  const first = suggested(inspector).first();
  await expect(first).toContainText('matched:');
  const name = (await first.locator('.sg-name').textContent()) ?? '';
  expect(name).not.toBe('');
  await expect(links(inspector)).not.toContainText(name);

  await inspector.panel.getByLabel('Level when accepted').selectOption('reinforced');
  await first.getByRole('button', { name: /^Accept: link .* as reinforced$/ }).click();
  await expect(inspector.panel.getByRole('status').filter({ hasText: 'Linked' })).toContainText('(reinforced)');
  await expect(links(inspector)).toContainText(name);
  await expect(suggested(inspector).filter({ hasText: name })).toHaveCount(0);
  await expect(inspector.saveState).toHaveText('Edited');

  await inspector.undo();
  await expect(links(inspector)).not.toContainText(name);
  await expect(suggested(inspector).filter({ hasText: name })).toHaveCount(1);
});

test('a dismissed suggestion is gone, is saved in the outcome, and stays gone when the map is opened again', async ({ page }) => {
  const { inspector, path } = await openExample(page);
  await inspector.select(LO1);
  const first = suggested(inspector).first();
  const name = (await first.locator('.sg-name').textContent()) ?? '';
  await first.getByRole('button', { name: /^Dismiss/ }).click();
  await expect(suggested(inspector).filter({ hasText: name })).toHaveCount(0);

  await page.keyboard.press('ControlOrMeta+s');
  await expect(inspector.saveState).toHaveText('Saved');
  const saved = parseDocument(await readFile(path));
  if (!saved.ok) throw new Error('the saved map does not load');
  const outcome = saved.doc.entities[ID.outcome.detect];
  expect(outcome?.kind === 'outcome' ? outcome.dismissedSkills : undefined).toHaveLength(1);

  const host = await session.start([path]);
  const again = new InspectorPage(page);
  await again.open(host.url);
  await again.select(LO1);
  await expect(suggested(again).first()).toBeVisible();
  await expect(suggested(again).filter({ hasText: name })).toHaveCount(0);
});

test('Show Suggested Links draws dashed ghost links on the map and takes them away again', async ({ page }) => {
  const { inspector } = await openExample(page);
  const map = new CanvasPage(page);
  await map.waitReady();
  const ghosts = map.canvas.locator('.react-flow__edge-path.is-suggested');
  const toggle = page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Suggested links', exact: true });
  const links = await map.edges.count();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(ghosts).toHaveCount(0);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(ghosts.first()).toBeVisible();
  const shown = await ghosts.count();
  expect(shown).toBeGreaterThan(0);
  await expect(map.edges).toHaveCount(links + shown);
  // Ghost links are drawn, not part of the map: not focusable, and the map's link count is unchanged.
  await expect(map.canvas.locator('.react-flow__edge.mc-edge-suggested[tabindex]')).toHaveCount(0);
  await expect(inspector.saveState).not.toHaveText('Edited');

  // The shortcut from the catalogue turns them off again (Mod+Shift+G).
  await map.canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+Shift+g');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(ghosts).toHaveCount(0);
  await expect(map.edges).toHaveCount(links);
});

/** What a click along a drawn path needs of SVG (this file is compiled without the DOM types). */
interface PathGeometry {
  getTotalLength(): number;
  getPointAtLength(at: number): { x: number; y: number };
  getScreenCTM(): { a: number; b: number; c: number; d: number; e: number; f: number } | null;
}

/**
 * Clicks a link on its drawn path, near its target end: the centre of a curve's box may be off
 * the stroke, and near the outcome no other outcome's suggested link crosses it.
 */
async function clickAlong(page: Page, edge: Locator): Promise<void> {
  const at = await edge.locator('path.react-flow__edge-path').evaluate((el) => {
    const path = el as unknown as PathGeometry;
    const p = path.getPointAtLength(path.getTotalLength() * 0.85);
    const m = path.getScreenCTM()!;
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
  });
  await page.mouse.click(at.x, at.y);
}

test('clicking a suggested link selects its outcome and brings its suggestion into view with Accept focused; Enter links it', async ({ page }, info) => {
  const { inspector } = await openExample(page);
  const map = new CanvasPage(page);
  await map.waitReady();
  const before = await map.count('link');
  await page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Suggested links', exact: true }).click();
  // Each ghost link is named for screen readers: "Suggested: <skill> → <outcome>".
  const ghost = map.canvas.getByRole('img', { name: /^Suggested: .+ → LO\d+ / }).first();
  await expect(ghost).toBeVisible();
  const [skill, outcome] = ((await ghost.getAttribute('aria-label')) ?? '').replace(/^Suggested: /, '').split(' → ') as [string, string];

  await clickAlong(page, ghost);
  await expect(inspector.title).toContainText(outcome.replace(/^LO\d+ /, '').replace(/…$/, ''));
  const item = suggested(inspector).filter({ hasText: skill });
  const accept = item.getByRole('button', { name: /^Accept: link / });
  await expect(accept).toBeFocused();
  await expect(accept).toBeInViewport();
  await page.screenshot({ path: info.outputPath('ghost-link-clicked.png') });

  await page.keyboard.press('Enter');
  await expect(inspector.panel.getByRole('status').filter({ hasText: 'Linked' })).toContainText('(introduced)');
  await expect.poll(() => map.count('link')).toBe(before + 1);
  await expect(links(inspector)).toContainText(skill);
});

test('the skills × outcomes matrix hints suggested cells; activating one links it as today, Ctrl+Z undoes; no serious axe violations', async ({ page }) => {
  await openExample(page);
  const map = new CanvasPage(page);
  const matrix = new MatrixPage(page);
  const links = await map.count('link');
  await matrix.show();
  const hinted = matrix.grid.getByRole('gridcell', { name: /, suggested$/ });
  await expect(hinted.first()).toBeVisible();
  await expect(hinted.first()).toHaveClass(/mx-cell--suggested/);
  await expect(hinted.first()).toHaveAttribute('title', /^Suggested \(score 0\.\d\d\): matched:/);
  await expect(matrix.view.getByText('Dotted cells are suggested links.')).toBeVisible();
  expect(await seriousViolations(page, matrix.view)).toEqual([]);

  const [row, col] = ((await hinted.first().getAttribute('aria-label')) ?? '').replace(/: none, suggested$/, '').split(' × ') as [string, string];
  const cell = matrix.cell(row, col);
  await cell.click();
  await expect(cell).toHaveAccessibleName(/: introduced$/);
  await expect(cell).not.toHaveClass(/mx-cell--suggested/);
  await expect.poll(() => map.count('link')).toBe(links + 1);

  await map.undo();
  await expect.poll(() => map.count('link')).toBe(links);
  await expect(matrix.cell(row, col)).toHaveAccessibleName(/: none, suggested$/);
});

test('the Suggested section of the inspector has no serious axe violations', async ({ page }) => {
  const { inspector } = await openExample(page);
  await inspector.select(LO1);
  await expect(suggested(inspector).first()).toBeVisible();
  expect(await seriousViolations(page, inspector.section('Suggested'))).toEqual([]);
});

test('screenshot of suggested links for the README', async ({ page }) => {
  test.skip(!process.env.UPDATE_SCREENSHOTS, 'set UPDATE_SCREENSHOTS=1 to rewrite docs/screenshots/');
  await page.setViewportSize({ width: 1440, height: 900 });
  const { inspector } = await openExample(page);
  await inspector.select(LO1);
  await inspector.section('Suggested').scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, 'suggested-links.png') });

  await page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Suggested links', exact: true }).click();
  await expect(page.locator('.react-flow__edge-path.is-suggested').first()).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, 'suggested-links-map.png') });

  const matrix = new MatrixPage(page);
  await matrix.show();
  await matrix.grid.getByRole('gridcell', { name: /, suggested$/ }).first().hover();
  await page.screenshot({ path: join(SHOTS, 'suggested-links-matrix.png') });
});
