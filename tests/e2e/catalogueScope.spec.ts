import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { CanvasPage } from './pages/CanvasPage';
import { useHostPerTest, type RunningHost } from './support/browserHost';

/** The Word catalogue's scope in the export dialog: the example has no approved credential yet. */
const session = useHostPerTest();
let host: RunningHost;

test.beforeEach(async () => {
  host = await session.start(['--data-dir', await session.folder.dataDir()]);
});

test('a catalogue takes approved credentials only, or all with drafts marked', async ({ page }) => {
  await page.goto(host.url);
  await new CanvasPage(page).waitReady();
  await page.keyboard.press('ControlOrMeta+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /Word catalogue/ }).check();

  await expect(dialog.getByRole('radio', { name: 'Approved and published only' })).toBeChecked();
  await expect(dialog.getByRole('note')).toHaveText("No micro-credential is approved or published yet; choose 'All, drafts marked' to include drafts.");
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();

  await dialog.getByRole('radio', { name: 'All, drafts marked' }).check();
  await expect(dialog.getByRole('note')).toBeHidden();
  await expect(dialog.getByRole('checkbox', { name: /Cloud Security Fundamentals/ })).toBeChecked();
  // Each credential is marked by its own status, as the catalogue marks it: the example's
  // analyst certificate is in review, the cloud credential a draft.
  await expect(dialog.getByRole('checkbox', { name: /Cybersecurity Analyst/ }).locator('..')).toContainText('In review — not approved');
  await expect(dialog.getByRole('checkbox', { name: /Cloud Security Fundamentals/ }).locator('..')).toContainText('Draft — not approved');
  await expect(dialog.getByText('Draft — not approved')).toHaveCount(1);

  const out = join(session.folder.path, 'exports', 'Catalogue.docx');
  await mkdir(join(session.folder.path, 'exports'));
  await dialog.getByLabel('Export to').fill(out);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(`Exported to ${out}`, { timeout: 60_000 });
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile(out)))['word/document.xml']!);
  expect(xml).toContain('Draft — not approved');
  expect(xml).toContain('In review — not approved');
  expect(xml).toContain('Cloud Security Fundamentals');
});
