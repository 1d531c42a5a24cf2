import { expect, test, type Page } from '@playwright/test';
import { serialiseDocument } from '../../shared/format';
import { createSampleDocument } from '../../shared/sample';
import { CanvasPage } from './pages/CanvasPage';
import { MatrixPage } from './pages/matrix';
import { useHostPerTest } from './support/browserHost';
import type { PageGlobals } from './support/pageGlobals';

const session = useHostPerTest();

async function openExample(page: Page): Promise<{ map: CanvasPage; matrix: MatrixPage }> {
  const file = await session.folder.write('example.mcred', serialiseDocument(createSampleDocument()));
  const host = await session.start([file]);
  const welcome = page.getByRole('dialog', { name: 'Welcome to Micro-Credential Studio' });
  await page.addLocatorHandler(welcome, async () => {
    await welcome.getByRole('button', { name: 'Not now' }).click();
  });
  await page.goto(host.url);
  const map = new CanvasPage(page);
  await map.waitReady();
  await expect(map.nodes.first()).toBeVisible();
  return { map, matrix: new MatrixPage(page) };
}

test('a matrix cell creates a link that shows on the map, and undo removes it', async ({ page }) => {
  const { map, matrix } = await openExample(page);
  const links = await map.count('link');
  const edges = await map.edges.count();

  await matrix.show();
  const empty = matrix.grid.getByRole('gridcell', { name: /^Skill .* × Outcome .*: none$/ }).first();
  const [row, col] = ((await empty.getAttribute('aria-label')) ?? '').replace(/: none$/, '').split(' × ') as [string, string];
  const cell = matrix.cell(row, col);
  await expect(cell).toHaveAccessibleName(/: none$/);
  await cell.click();
  await expect(cell).toHaveAccessibleName(/: introduced$/);
  await expect(cell).toHaveText('I');
  await cell.click();
  await expect(cell).toHaveAccessibleName(/: reinforced$/);
  await expect.poll(() => map.count('link')).toBe(links + 1);

  await matrix.showMap();
  await expect(map.edges).toHaveCount(edges + 1);

  await map.undo();
  await expect.poll(() => map.count('link')).toBe(links + 1);
  await map.undo();
  await expect.poll(() => map.count('link')).toBe(links);
  await expect(map.edges).toHaveCount(edges);

  await matrix.show();
  await expect(matrix.cell(row, col)).toHaveAccessibleName(/: none$/);
});

test('keyboard: arrows move the active cell, Space cycles it; gaps and the credential filter', async ({ page }) => {
  const { map, matrix } = await openExample(page);
  const links = await map.count('link');
  await matrix.show();
  const first = matrix.grid.getByRole('gridcell').first();
  const name = (await first.getAttribute('aria-label')) ?? '';
  await matrix.grid.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Space');
  await expect(first).not.toHaveAccessibleName(name);
  await expect.poll(() => map.count('link')).not.toBe(links);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(first).toHaveAccessibleName(name);

  await matrix.credentialFilter.selectOption({ label: 'Cloud Security Fundamentals' });
  await expect(matrix.grid.getByRole('columnheader', { name: 'CLO1' })).toBeVisible();
  await expect(matrix.grid.getByRole('columnheader', { name: 'LO1', exact: true })).toHaveCount(0);

  await matrix.tab('Outcomes × assessments').click();
  await expect(matrix.grid).toHaveAccessibleName('Outcomes × assessments');
  await expect(matrix.grid.getByRole('gridcell', { name: /: assessed$/ }).first()).toHaveText('●');
});

test('activities × outcomes and outcomes × credentials: a cell links or unlinks, one undo step each', async ({ page }) => {
  const { map, matrix } = await openExample(page);
  const links = await map.count('link');
  await matrix.show();

  await matrix.tab('Activities × outcomes').click();
  await expect(matrix.grid).toHaveAccessibleName('Activities × outcomes');
  await expect(matrix.grid.getByRole('gridcell', { name: /^Activity .* × Outcome .*: develops$/ }).first()).toHaveText('●');
  const free = matrix.grid.getByRole('gridcell', { name: /^Activity .* × Outcome .*: does not develop$/ }).first();
  const [row, col] = ((await free.getAttribute('aria-label')) ?? '').replace(/: does not develop$/, '').split(' × ') as [string, string];
  await free.click();
  await expect(matrix.cell(row, col)).toHaveAccessibleName(/: develops$/);
  await expect.poll(() => map.count('link')).toBe(links + 1);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(matrix.cell(row, col)).toHaveAccessibleName(/: does not develop$/);

  await matrix.tab('Outcomes × credentials').click();
  await expect(matrix.grid).toHaveAccessibleName('Outcomes × credentials');
  await expect(matrix.grid.getByRole('columnheader', { name: 'Cloud Security Fundamentals' })).toBeVisible();
  // LO1 of the analyst certificate is not part of the cloud credential: adding it is one click.
  const cell = matrix.cell('Outcome LO1', 'Credential Cloud Security Fundamentals');
  await expect(cell).toHaveAccessibleName(/: not part of it$/);
  await cell.click();
  await expect(cell).toHaveAccessibleName(/: part of it$/);
  await expect.poll(() => map.count('link')).toBe(links + 1);
  if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: 'docs/screenshots/matrix-credentials.png' });
  await page.keyboard.press('ControlOrMeta+z');
  await expect(cell).toHaveAccessibleName(/: not part of it$/);
  await expect.poll(() => map.count('link')).toBe(links);
});

test('F6 in the matrix view goes to the grid, never to the map hidden under it', async ({ page }) => {
  const { matrix } = await openExample(page);
  await matrix.show();
  await matrix.viewTab('Matrix').focus();
  await page.keyboard.press('F6');
  await expect(matrix.grid).toBeFocused();
  await page.keyboard.press('F6');
  await expect(page.getByRole('complementary', { name: 'Inspector' }).locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Shift+F6');
  await expect(matrix.grid).toBeFocused();
  await expect(page.locator('.react-flow__node:focus')).toHaveCount(0);
});

test('the Map | Matrix switch works from the keyboard as tabs: one Tab stop, arrows, Home and End switch the view', async ({ page }) => {
  const { matrix } = await openExample(page);
  const mapTab = matrix.viewTab('Map');
  const matrixTab = matrix.viewTab('Matrix');
  const mapPanel = page.getByRole('tabpanel', { name: 'Map' });
  const matrixPanel = page.getByRole('tabpanel', { name: 'Matrix' });
  // Each tab controls its view's panel, which is named by the tab (the matrix's is there, hidden, while the map shows).
  await expect(mapTab).toHaveAttribute('aria-controls', 'view-panel-map');
  await expect(mapPanel).toHaveAttribute('id', 'view-panel-map');
  await expect(matrixTab).toHaveAttribute('aria-controls', 'view-panel-matrix');
  await expect(page.locator('#view-panel-matrix')).toHaveAttribute('aria-labelledby', 'view-tab-matrix');
  // Roving tabindex: only the selected tab is in the Tab order.
  await expect(mapTab).toHaveAttribute('tabindex', '0');
  await expect(matrixTab).toHaveAttribute('tabindex', '-1');

  await mapTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(matrixTab).toBeFocused();
  await expect(matrixTab).toHaveAttribute('aria-selected', 'true');
  await expect(mapTab).toHaveAttribute('aria-selected', 'false');
  await expect(matrixPanel).toBeVisible();
  await expect(matrix.grid).toBeVisible();
  await expect(matrixTab).toHaveAttribute('tabindex', '0');
  await expect(mapTab).toHaveAttribute('tabindex', '-1');

  // Right from the last tab wraps to the first; Left from the first to the last.
  await page.keyboard.press('ArrowRight');
  await expect(mapTab).toBeFocused();
  await expect(mapTab).toHaveAttribute('aria-selected', 'true');
  await expect(matrixPanel).toBeHidden();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(matrixTab).toBeFocused();
  await expect(matrix.grid).toBeVisible();
  await page.keyboard.press('Home');
  await expect(mapTab).toBeFocused();
  await expect(mapTab).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(matrixTab).toBeFocused();
  await expect(matrixTab).toHaveAttribute('aria-selected', 'true');

  // Shift+Tab from the selected tab leaves the tab list (the other tab is not a stop).
  await page.keyboard.press('Shift+Tab');
  await expect(mapTab).not.toBeFocused();
  await expect(matrixTab).not.toBeFocused();
});

test('the grid tabs work from the keyboard as tabs: one Tab stop, arrows (wrapping), Home and End choose a grid', async ({ page }) => {
  const { matrix } = await openExample(page);
  await matrix.show();
  const skills = matrix.tab('Skills × outcomes');
  const assessments = matrix.tab('Outcomes × assessments');
  const activities = matrix.tab('Activities × outcomes');
  const credentials = matrix.tab('Outcomes × credentials');
  const tabs = [skills, assessments, activities, credentials];
  const chosen = async (tab: (typeof tabs)[number], grid: string) => {
    await expect(tab).toBeFocused();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(tab).toHaveAttribute('tabindex', '0');
    await expect(matrix.view.getByRole('tab', { selected: true })).toHaveCount(1);
    await expect(matrix.view.locator('[role=tab][tabindex="0"]')).toHaveCount(1);
    await expect(matrix.view.getByRole('tabpanel', { name: grid })).toBeVisible();
    await expect(matrix.grid).toHaveAccessibleName(grid);
  };

  // Each tab controls its grid's panel, which is named by the tab; the other grids' panels are there, hidden.
  for (const tab of tabs) {
    const panel = matrix.view.locator(`[id="${await tab.getAttribute('aria-controls')}"]`);
    await expect(panel).toHaveAttribute('role', 'tabpanel');
    await expect(panel).toHaveAttribute('aria-labelledby', (await tab.getAttribute('id')) ?? '');
  }
  await expect(matrix.view.getByRole('tabpanel')).toHaveCount(1);
  await expect(matrix.view.getByRole('tabpanel', { name: 'Skills × outcomes' })).toContainText('Click a cell');

  // The tab list is one Tab stop: back from the filter to the chosen grid's tab, and on out of the list.
  await matrix.credentialFilter.focus();
  await page.keyboard.press('Shift+Tab');
  await chosen(skills, 'Skills × outcomes');
  // Out of the list and back: the Map | Matrix switch is next, never a node of the map hidden under the matrix.
  await page.keyboard.press('Shift+Tab');
  await expect(matrix.viewTab('Matrix')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(skills).toBeFocused();
  await expect(page.locator('.react-flow__node:focus')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(matrix.credentialFilter).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(skills).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await chosen(assessments, 'Outcomes × assessments');
  await expect(skills).toHaveAttribute('aria-selected', 'false');
  await expect(skills).toHaveAttribute('tabindex', '-1');
  // Right from the last wraps to the first, Left from the first to the last; Home and End.
  const steps: [string, (typeof tabs)[number], string][] = [
    ['ArrowRight', activities, 'Activities × outcomes'],
    ['ArrowRight', credentials, 'Outcomes × credentials'],
    ['ArrowRight', skills, 'Skills × outcomes'],
    ['ArrowLeft', credentials, 'Outcomes × credentials'],
    ['Home', skills, 'Skills × outcomes'],
    ['End', credentials, 'Outcomes × credentials'],
  ];
  for (const [key, tab, grid] of steps) {
    await page.keyboard.press(key);
    await chosen(tab, grid);
  }
  // The arrows stay in the grid tabs: the view is still the matrix.
  await expect(matrix.viewTab('Matrix')).toHaveAttribute('aria-selected', 'true');

  // Tab leaves the list for the filter, then the grid, whose own arrows move its active cell, not the tabs.
  await page.keyboard.press('Tab');
  await expect(matrix.credentialFilter).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(matrix.grid).toBeFocused();
  const start = await matrix.grid.getAttribute('aria-activedescendant');
  await page.keyboard.press('ArrowDown');
  await expect(matrix.grid).not.toHaveAttribute('aria-activedescendant', start ?? '');
  await expect(credentials).toHaveAttribute('aria-selected', 'true');
});

test('from the matrix, choosing a search result or Skip to map shows the map again with the node focused', async ({ page }) => {
  const { map, matrix } = await openExample(page);
  const mapPanel = page.locator('#view-panel-map');

  await matrix.show();
  await expect(mapPanel).toHaveAttribute('inert', '');
  await map.search('Validate network');
  await expect(map.searchResults.first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(mapPanel).not.toHaveAttribute('inert');
  await expect(matrix.viewTab('Map')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.react-flow__node:focus')).toHaveAttribute('aria-label', /^Skill requirement: Validate network alerts/);

  await matrix.show();
  await page.getByRole('link', { name: 'Skip to map' }).focus();
  await page.keyboard.press('Enter');
  await expect(matrix.viewTab('Map')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.react-flow__node:focus')).toHaveCount(1);
});

test('a focused tab shows a solid focus outline, the selected grid tab too (its own shadow must not hide it)', async ({ page }) => {
  const { matrix } = await openExample(page);
  await matrix.show();
  await matrix.viewTab('Matrix').focus();
  await page.keyboard.press('Tab');
  const tab = matrix.tab('Skills × outcomes');
  await expect(tab).toBeFocused();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const ring = await tab.evaluate((el) => {
    const s = (globalThis as unknown as PageGlobals).getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
});
