import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { CanvasPage } from './pages/CanvasPage';
import { seriousViolations } from './support/axe';
import { useHostPerTest, type RunningHost } from './support/browserHost';

/** File ▸ Import Job Postings… on the example map, through the command palette, then the inspector and the Word specification. */
const POSTINGS = join(import.meta.dirname, '..', 'fixtures', 'postings', 'postings.csv');
const SENTENCE = 'Named in 4 of 24 postings (Jan–Dec 2025, Northfield metro)';
const session = useHostPerTest();
let host: RunningHost;

/** File ▸ Import Job Postings… through the command palette. */
async function openPostingsDialog(page: Page, map: CanvasPage) {
  await map.press('ControlOrMeta+k');
  await page.keyboard.type('Import Job Postings');
  await page.keyboard.press('Enter');
  return page.getByRole('dialog', { name: 'Import job postings' });
}

test.beforeEach(async () => {
  host = await session.start(['--data-dir', await session.folder.dataDir()]);
});

test('imports postings, shows the counts, applies them as one step; the inspector and the specification cite them', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(host.url);
  const map = new CanvasPage(page);
  await map.waitReady();

  const dialog = await openPostingsDialog(page, map);
  await expect(dialog).toBeVisible();
  await dialog.locator('input[type=file]').setInputFiles(POSTINGS);
  await expect(dialog.getByLabel('Posting text (required)')).toHaveValue('Description');
  await expect(dialog.getByLabel('Employer')).toHaveValue('Company');
  await dialog.getByLabel('Labour market').fill('Northfield metro');
  await dialog.getByRole('button', { name: 'Count postings' }).click();

  await expect(dialog.getByRole('status')).toHaveText('24 postings, 2025-01-15 to 2025-12-31; 4 rows skipped');
  await expect(dialog.getByText('line 14: Company "=HYPERLINK("http://evil.example","Click"" looks like a spreadsheet formula; the row was skipped')).toBeVisible();
  const logs = dialog.getByTestId('evidence-row-sk_logs');
  await expect(logs.getByRole('cell').nth(0)).toHaveText('4');
  await expect(logs.getByRole('cell').nth(1)).toHaveText('17%');
  await expect(logs).toContainText('Acme Security (3)');
  await expect(logs).toContainText('line 2:');
  expect(await seriousViolations(page, dialog)).toEqual([]);
  if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: 'docs/screenshots/job-postings.png' });
  await dialog.getByRole('button', { name: 'Apply to 14 skills' }).click();
  await expect(dialog).toBeHidden();

  await map.search('log file analysis');
  await map.node('Skill in performing log file analysis').click();
  const summary = page.getByTestId('demand-summary');
  await expect(summary).toContainText(`${SENTENCE}; top employers: Acme Security, Northfield Regional Health System.`);

  // One undo takes every count back; redo brings them again.
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await undo.click();
  await expect(summary).toContainText('Named in 187 postings; top employers: Acme Security');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(summary).toContainText(SENTENCE);

  // The matrix shows each skill's count beside its name.
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await expect(page.getByRole('rowheader', { name: /Skill in performing log file analysis/ })).toContainText('4/24 postings');
  if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: '/tmp/ev-matrix.png' });

  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+e');
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await expect(exportDialog).toBeVisible();
  const out = join(session.folder.path, 'exports', 'spec.docx');
  await mkdir(join(session.folder.path, 'exports'));
  await exportDialog.getByLabel('Export to').fill(out);
  await exportDialog.getByLabel('Export to').press('Enter');
  await expect(exportDialog.getByRole('status')).toContainText(`Exported to ${out}`, { timeout: 30_000 });
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile(out)))['word/document.xml']!);
  expect(xml).toContain(`${SENTENCE}.`);
});

test('a workbook chosen as postings is named as not a text file, with what to save it as, as mcred evidence says', async ({ page }) => {
  await page.goto(host.url);
  const map = new CanvasPage(page);
  await map.waitReady();
  const dialog = await openPostingsDialog(page, map);
  const workbook = Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), Buffer.from('[Content_Types].xml'), Buffer.alloc(64, 0xa7)]);
  await dialog.locator('input[type=file]').setInputFiles({ name: 'postings.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook });
  await expect(dialog.getByRole('alert')).toHaveText('postings.xlsx is not a text file: save it as CSV (UTF-8), TSV or JSON lines');
  await expect(dialog.getByRole('button', { name: 'Count postings' })).toHaveCount(0);
});
