import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseDocument, serialiseDocument } from '../../shared/format';
import { createSampleDocument } from '../../shared/sample';
import { CanvasPage } from './pages/CanvasPage';
import { makeTempFolder, startBrowserHost, type RunningHost, type TempFolder } from './support/browserHost';

/**
 * Crash recovery through the browser host: unsaved work reaches the recovery folder a few
 * seconds after an edit; when the host is killed outright (SIGKILL, no chance to clean up)
 * and started again on the same file and data folder, the work is offered back.
 */
let folder: TempFolder;
let dataDir: string;
const running: RunningHost[] = [];

test.beforeEach(async () => {
  folder = await makeTempFolder();
  dataDir = await folder.dataDir();
});

test.afterEach(async () => {
  for (const host of running.splice(0)) await host.kill();
  await folder.remove();
});

/** A host on the test's folder and data folder, killed after the test if it still runs. */
async function startHost(args: string[]): Promise<RunningHost> {
  const host = await startBrowserHost([...args, '--data-dir', dataDir], folder.path);
  running.push(host);
  return host;
}

const crash = (host: RunningHost) => host.kill();

async function recoveryFiles(): Promise<string[]> {
  return (await readdir(join(dataDir, 'recovery')).catch(() => [])).filter((n) => !n.endsWith('.tmp')).sort();
}

async function skillsIn(path: string): Promise<number> {
  const parsed = parseDocument(await readFile(path));
  if (!parsed.ok) throw new Error('unreadable');
  return Object.values(parsed.doc.entities).filter((e) => e.kind === 'skill').length;
}

async function editAndWaitForAutosave(page: Page): Promise<void> {
  const canvas = new CanvasPage(page);
  await canvas.waitReady();
  await canvas.create('skill');
  await expect(page).toHaveTitle(/^• /);
  await expect.poll(recoveryFiles, { timeout: 20_000, message: 'unsaved work should reach the recovery folder' }).toHaveLength(2);
}

const baseSkills = Object.values(createSampleDocument().entities).filter((e) => e.kind === 'skill').length;

test('after a crash, the unsaved edit is offered back, restored, and saved to the file', async ({ page }) => {
  const file = await folder.write('crash.mcred', serialiseDocument(createSampleDocument()));
  const first = await startHost([file]);
  await page.goto(first.url);
  await editAndWaitForAutosave(page);
  await crash(first);
  expect(await skillsIn(file)).toBe(baseSkills);

  const second = await startHost([file]);
  await page.goto(second.url);
  const offer = page.getByRole('dialog', { name: 'Restore unsaved changes' });
  await expect(offer).toContainText(/Restore unsaved changes from \d/);
  await offer.getByRole('button', { name: 'Restore' }).click();
  await expect(offer).toBeHidden();
  await expect(page.getByTestId('status-count-skill')).toContainText(String(baseSkills + 1));
  await expect(page).toHaveTitle(/^• /);

  await page.keyboard.press('ControlOrMeta+s');
  await expect(page).toHaveTitle(/^Cybersecurity/);
  expect(await skillsIn(file)).toBe(baseSkills + 1);
  await expect.poll(recoveryFiles).toEqual([]);
});

test('Discard throws the recovered work away for good', async ({ page }) => {
  const file = await folder.write('discard.mcred', serialiseDocument(createSampleDocument()));
  const first = await startHost([file]);
  await page.goto(first.url);
  await editAndWaitForAutosave(page);
  await crash(first);

  const second = await startHost([file]);
  await page.goto(second.url);
  const offer = page.getByRole('dialog', { name: 'Restore unsaved changes' });
  await offer.getByRole('button', { name: 'Discard' }).click();
  // The offer goes once the host has removed the copy: only then are the files gone. (The
  // count and title below were already so before the click.)
  await expect(offer).toBeHidden();
  await expect(page.getByTestId('status-count-skill')).toContainText(String(baseSkills));
  await expect(page).not.toHaveTitle(/^• /);
  expect(await recoveryFiles()).toEqual([]);
  await crash(second);

  const third = await startHost([file]);
  await page.goto(third.url);
  await expect(page).toHaveTitle(/^Cybersecurity/);
  await expect(page.getByRole('dialog', { name: 'Restore unsaved changes' })).toHaveCount(0);
});

test('edits to the example (no file yet) are offered back too, and Save As keeps them', async ({ page }) => {
  const first = await startHost([]);
  await page.goto(first.url);
  await editAndWaitForAutosave(page);
  await crash(first);

  const second = await startHost([]);
  await page.goto(second.url);
  await page.getByRole('dialog', { name: 'Restore unsaved changes' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByTestId('status-count-skill')).toContainText(String(baseSkills + 1));
  await page.keyboard.press('ControlOrMeta+s');
  const form = page.getByRole('dialog', { name: 'Save Map As' });
  await form.getByLabel('File name or path').fill(join(folder.path, 'rescued'));
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).not.toHaveTitle(/^• /);
  expect(await skillsIn(join(folder.path, 'rescued.mcred'))).toBe(baseSkills + 1);
  await expect.poll(recoveryFiles).toEqual([]);
});

test('a clean close leaves nothing to recover: saving removes the copy', async ({ page }) => {
  const file = await folder.write('clean.mcred', serialiseDocument(createSampleDocument()));
  const first = await startHost([file]);
  await page.goto(first.url);
  await editAndWaitForAutosave(page);
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page).not.toHaveTitle(/^• /);
  await expect.poll(recoveryFiles).toEqual([]);
  await crash(first);
  const second = await startHost([file]);
  await page.goto(second.url);
  await expect(page.getByTestId('status-count-skill')).toContainText(String(baseSkills + 1));
  await expect(page.getByRole('dialog', { name: 'Restore unsaved changes' })).toHaveCount(0);
});
