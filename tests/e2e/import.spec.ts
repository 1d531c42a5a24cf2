import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serialiseDocument } from '../../shared/format';
import { makeMap } from '../helpers/builders';
import { CanvasPage } from './pages/CanvasPage';
import { useHostPerTest } from './support/browserHost';

/** The wizard is opened through the command palette (action "file.import"). */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');

const session = useHostPerTest();

test('imports a CSV through the wizard; the skills appear on the graph; one undo removes them all', async ({ page }) => {
  const file = await session.folder.write('empty.mcred', serialiseDocument(makeMap({ settings: { title: 'Import test map' } })));
  const host = await session.start([file]);
  await page.goto(host.url);
  const map = new CanvasPage(page);
  await map.waitReady();
  expect(await map.count('skill')).toBe(0);

  await map.press('ControlOrMeta+k');
  await page.keyboard.type('Import skills');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Import skills' });
  await expect(dialog).toBeVisible();
  await dialog.locator('input[type=file]').setInputFiles(join(FIXTURES, 'employer.csv'));
  await expect(dialog.getByLabel('Format')).toHaveValue('csv');
  await expect(dialog.getByLabel('Field for column Skill')).toHaveValue('statement');
  await expect(dialog.getByText('3 of 3 selected')).toBeVisible();
  await expect(dialog.getByText('add 3, merge 0, skip 0')).toBeVisible();
  // Every dialog's buttons come in one order (DialogButtons): the action, then Cancel.
  await expect(dialog.locator('.fs-modal__buttons button')).toHaveText(['Import', 'Cancel']);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  await expect.poll(() => map.count('skill')).toBe(3);
  await map.fit();
  await expect(map.node('Write SQL queries')).toBeVisible();
  await expect(map.node('Present findings')).toBeVisible();

  await map.canvas.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
  await map.undo();
  await expect.poll(() => map.count('skill')).toBe(0);
  await expect(map.nodesOfKind('skill')).toHaveCount(0);
});

test('reports the malformed row by line and imports the rest when the user chooses skip', async ({ page }) => {
  const file = await session.folder.write('empty.mcred', serialiseDocument(makeMap({ settings: { title: 'Import test map' } })));
  const host = await session.start([file]);
  await page.goto(host.url);
  const map = new CanvasPage(page);
  await map.waitReady();
  await map.press('ControlOrMeta+k');
  await page.keyboard.type('Import skills');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Import skills' });
  await dialog.locator('input[type=file]').setInputFiles(join(FIXTURES, 'esco-ragged.csv'));
  await expect(dialog.getByLabel('Format')).toHaveValue('esco');
  await expect(dialog.getByText('line 6: has 5 columns, the header has 13')).toBeVisible();
  const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  await dialog.getByLabel('Skip these rows').check();
  await importButton.click();
  await expect.poll(() => map.count('skill')).toBe(4);
});
