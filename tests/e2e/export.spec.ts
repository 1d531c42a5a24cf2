import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { CanvasPage } from './pages/CanvasPage';
import { useHostPerTest, type RunningHost } from './support/browserHost';

/** The export dialog through the browser host: the example's main credential as Word, with tracked changes. */
const session = useHostPerTest();
let host: RunningHost;

test.beforeEach(async () => {
  host = await session.start(['--data-dir', await session.folder.dataDir()]);
});

test('exports the main credential as a Word specification with changes since a revision', async ({ page }) => {
  await page.goto(host.url);
  await new CanvasPage(page).waitReady();
  await page.keyboard.press('ControlOrMeta+e');

  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  // The dialog is taller than a laptop window: its buttons stay in view at its foot.
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeInViewport();
  await expect(dialog.getByRole('radio', { name: /Word specification/ })).toBeChecked();
  // The main credential (most outcomes) is the default.
  await expect(dialog.getByLabel('Micro-credential', { exact: true }).locator('option:checked')).toHaveText('Cybersecurity Analyst Professional Certificate');
  const since = dialog.getByLabel('Show changes since');
  const revision = await since.locator('option', { hasText: 'Sent to faculty review' }).getAttribute('value');
  await since.selectOption(revision ?? '');
  // The paper follows the map's country (United States: Letter) unless chosen.
  const paper = dialog.getByLabel('Paper');
  await expect(paper.locator('option:checked')).toHaveText('US Letter, as usual in United States');
  const out = join(session.folder.path, 'exports', 'Cyber spec.docx');
  await mkdir(join(session.folder.path, 'exports'));
  await dialog.getByLabel('Export to').fill(out);
  // The docs image is rewritten only on request, like the other screenshots.
  if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: 'docs/screenshots/export-dialog.png' });
  await paper.selectOption({ label: 'A4' });
  await since.press('Enter');

  await expect(dialog.getByRole('status')).toContainText(`Exported to ${out}`, { timeout: 30_000 });
  expect((await stat(out)).size).toBeGreaterThan(1_000);
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile(out)))['word/document.xml']!);
  expect(xml).toContain('Cybersecurity Analyst Professional Certificate');
  expect(xml).toMatch(/<w:(ins|del) /);
  expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');

  await dialog.getByRole('button', { name: 'Show in folder' }).click();
  await expect(dialog).toContainText(`The file is in ${join(session.folder.path, 'exports')}`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
