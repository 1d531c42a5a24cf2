import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serialiseDocument } from '../../shared/format';
import { createSampleDocument } from '../../shared/sample';
import { CanvasPage } from './pages/CanvasPage';
import { useHostPerTest } from './support/browserHost';

/**
 * Files that cannot be written open read-only, with a banner that points to Save As, and
 * are never changed. A file marked read-only (mode 0444) is honoured even for root, whom
 * the operating system would let write it; a read-only *folder* cannot stop root, so that
 * case is covered by the service's unit test with an injected failure instead.
 */
const session = useHostPerTest();
const isRoot = process.getuid?.() === 0;

let dataDir: string;

test.beforeEach(async () => {
  dataDir = await session.folder.dataDir();
});

const start = (file: string) => session.start([file, '--data-dir', dataDir]);

test('a read-only file opens with a banner; Save goes to Save As and the file is never touched', async ({ page }) => {
  const file = await session.folder.write('locked.mcred', serialiseDocument(createSampleDocument()));
  await chmod(file, 0o444);
  const before = { bytes: await readFile(file), mtime: (await stat(file)).mtimeMs };
  await page.goto((await start(file)).url);

  const banner = page.getByTestId('read-only-banner');
  await expect(banner).toContainText('Read-only: “locked.mcred” cannot be saved here. Save As to keep your changes.');
  const canvas = new CanvasPage(page);
  await canvas.waitReady();
  await canvas.create('skill');
  await page.keyboard.press('ControlOrMeta+s');
  const form = page.getByRole('dialog', { name: 'Save Map As' });
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();

  expect((await readFile(file)).equals(before.bytes)).toBe(true);
  expect((await stat(file)).mtimeMs).toBe(before.mtime);

  await banner.getByRole('button', { name: 'Save As…' }).click();
  await form.getByLabel('File name or path').fill(join(session.folder.path, 'unlocked'));
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByTestId('file-location')).toHaveText(join(session.folder.path, 'unlocked.mcred'));
});

test('a file that becomes read-only while open: the save is refused with a clear message and the banner appears', async ({ page }) => {
  const file = await session.folder.write('shared.mcred', serialiseDocument(createSampleDocument()));
  await page.goto((await start(file)).url);
  const canvas = new CanvasPage(page);
  await canvas.waitReady();
  await canvas.create('skill');
  await chmod(file, 0o444);
  const before = await readFile(file);
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByTestId('file-notice')).toContainText('"shared.mcred" is read-only');
  await expect(page.getByTestId('file-notice')).toContainText('Save As');
  await expect(page.getByTestId('read-only-banner')).toBeVisible();
  await expect(page).toHaveTitle(/^• /);
  expect((await readFile(file)).equals(before)).toBe(true);
});

test('a file in a folder the user cannot write opens read-only', async ({ page }) => {
  if (isRoot) console.log('Skipped: tests run as root here, and root may write into any folder, so a read-only folder cannot be made; covered by tests/unit/services/session.test.ts with an injected EACCES.');
  test.skip(isRoot, 'running as root: a read-only folder does not stop root (see the unit test with an injected failure)');
  const sub = join(session.folder.path, 'locked-folder');
  await mkdir(sub);
  const file = join(sub, 'map.mcred');
  await writeFile(file, serialiseDocument(createSampleDocument()));
  await chmod(sub, 0o555);
  try {
    await page.goto((await start(file)).url);
    await expect(page.getByTestId('read-only-banner')).toBeVisible();
  } finally {
    await chmod(sub, 0o755);
  }
});
