import { mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseDocument, serialiseDocument } from '../../shared/format';
import type { McredDocument } from '../../shared/model';
import { createSampleDocument } from '../../shared/sample';
import { CanvasPage } from './pages/CanvasPage';
import { makeTempFolder, startBrowserHost, type RunningHost, type TempFolder } from './support/browserHost';

/**
 * The file lifecycle through the browser host: open, edit, save, reopen; the unsaved-changes
 * question; Save As and Open with the browser's own forms; first-run identity. Each test has
 * its own folder and its own data folder (settings, recovery).
 */
let folder: TempFolder;
let dataDir: string;
const hosts: RunningHost[] = [];

const IDENTITY = { personId: 'pe_e2etester', name: 'Erin Tester', organisation: 'Northfield State' };

test.beforeEach(async () => {
  folder = await makeTempFolder();
  dataDir = join(folder.path, 'data');
  await writeSettings({ identity: IDENTITY });
});

test.afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop();
  await folder.remove();
});

async function writeSettings(settings: object): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await writeFile(join(dataDir, 'settings.json'), JSON.stringify(settings));
}

async function host(...args: string[]): Promise<RunningHost> {
  const h = await startBrowserHost([...args, '--data-dir', dataDir]);
  hosts.push(h);
  return h;
}

async function mapFile(name: string, title: string): Promise<{ path: string; doc: McredDocument }> {
  const doc = createSampleDocument();
  doc.settings.title = title;
  return { path: await folder.write(name, serialiseDocument(doc)), doc };
}

async function onDisk(path: string): Promise<McredDocument> {
  const parsed = parseDocument(await readFile(path));
  if (!parsed.ok) throw new Error(`${path} does not load: ${parsed.problems[0]?.message}`);
  return parsed.doc;
}

const skillCount = (doc: McredDocument) => Object.values(doc.entities).filter((e) => e.kind === 'skill').length;

async function addSkill(page: Page): Promise<void> {
  const canvas = new CanvasPage(page);
  await canvas.waitReady();
  await canvas.create('skill');
  await expect(page).toHaveTitle(/^• /);
}

test('an edit is saved to the file and is there when the file is opened again in a fresh host', async ({ page }) => {
  const { path, doc } = await mapFile('cyber.mcred', 'Cyber map');
  const first = await host(path);
  await page.goto(first.url);
  await expect(page).toHaveTitle('Cyber map — Micro-Credential Studio');
  await addSkill(page);
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page).toHaveTitle('Cyber map — Micro-Credential Studio');

  const saved = await onDisk(path);
  expect(skillCount(saved)).toBe(skillCount(doc) + 1);
  expect(Object.keys(saved.saves).length).toBe(Object.keys(doc.saves).length + 1);
  expect(saved.people[IDENTITY.personId]).toMatchObject({ name: IDENTITY.name, organisation: IDENTITY.organisation });

  await first.stop();
  const second = await host(path);
  await page.goto(second.url);
  await expect(page.getByTestId('status-count-skill')).toContainText(String(skillCount(doc) + 1));
  await expect(page.getByTestId('file-location')).toContainText('cyber.mcred');
});

test('a save refused because another program is saving the file says so, keeps the edit, and Save again saves once it is done', async ({ page }) => {
  test.setTimeout(90_000);
  const { path, doc } = await mapFile('locked.mcred', 'Locked map');
  const first = await host(path);
  await page.goto(first.url);
  await addSkill(page);
  // Another program on this computer (this test process, alive) holds the save lock and keeps it fresh while it "saves".
  const lock = join(folder.path, '.locked.mcred.lock');
  await writeFile(lock, JSON.stringify({ pid: process.pid, host: hostname(), token: 'another-program' }));
  const refreshing = setInterval(() => void utimes(lock, new Date(), new Date()).catch(() => undefined), 500);
  try {
    await page.keyboard.press('ControlOrMeta+s');
    const notice = page.getByTestId('file-notice');
    await expect(notice).toContainText('"locked.mcred" is being saved by another window or program on this computer', { timeout: 40_000 });
    await expect(notice).toContainText('Nothing was overwritten and your changes are kept; save again in a moment.');
    await expect(page).toHaveTitle(/^• Locked map/);
    expect(skillCount(await onDisk(path))).toBe(skillCount(doc));
  } finally {
    clearInterval(refreshing);
  }
  await rm(lock);
  await page.getByTestId('file-notice').getByRole('button', { name: 'Save again' }).click();
  await expect(page).toHaveTitle('Locked map — Micro-Credential Studio');
  expect(skillCount(await onDisk(path))).toBe(skillCount(doc) + 1);
});

test('New while there are unsaved changes asks first; Cancel keeps the edit, Don\'t Save starts a new map', async ({ page }) => {
  const { path, doc } = await mapFile('keep.mcred', 'Keep me');
  const h = await host(path);
  await page.goto(h.url);
  await addSkill(page);

  await page.getByRole('navigation', { name: 'File' }).getByRole('button', { name: 'New Map' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save changes to “Keep me”?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveTitle('• Keep me — Micro-Credential Studio');
  await expect(page.getByTestId('status-count-skill')).toContainText(String(skillCount(doc) + 1));

  await page.getByRole('navigation', { name: 'File' }).getByRole('button', { name: 'New Map' }).click();
  await dialog.getByRole('button', { name: "Don't Save" }).click();
  await expect(page).toHaveTitle('Untitled map — Micro-Credential Studio');
  expect(skillCount(await onDisk(path))).toBe(skillCount(doc));
});

test('Save in the unsaved-changes question saves, then goes on', async ({ page }) => {
  const { path, doc } = await mapFile('save-first.mcred', 'Save first');
  const h = await host(path);
  await page.goto(h.url);
  await addSkill(page);
  await page.getByRole('navigation', { name: 'File' }).getByRole('button', { name: 'New Map' }).click();
  await page.getByRole('dialog', { name: /Save changes/ }).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveTitle('Untitled map — Micro-Credential Studio');
  expect(skillCount(await onDisk(path))).toBe(skillCount(doc) + 1);
});

test('Save As of the example writes a new file, asks before replacing one, and the map then saves there', async ({ page }) => {
  await folder.write('taken.mcred', serialiseDocument(createSampleDocument()));
  const before = await readFile(join(folder.path, 'taken.mcred'));
  const h = await host();
  await page.goto(h.url);
  await expect(page.getByTestId('file-location')).toHaveText('Built-in example (not saved)');
  await addSkill(page);

  // Save of a map without a file goes to Save As.
  await page.keyboard.press('ControlOrMeta+s');
  const form = page.getByRole('dialog', { name: 'Save Map As' });
  // The example has no folder: the form starts in the host's working folder; a typed path goes anywhere.
  await expect(form.getByLabel('File name or path')).toHaveValue('Cybersecurity Workforce Micro-Credentials.mcred');
  await form.getByLabel('File name or path').fill(join(folder.path, 'taken'));
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  const replace = page.getByRole('dialog', { name: 'Replace the existing file?' });
  await replace.getByRole('button', { name: 'Cancel' }).click();
  expect((await readFile(join(folder.path, 'taken.mcred'))).equals(before)).toBe(true);

  await page.keyboard.press('ControlOrMeta+Shift+s');
  await form.getByLabel('File name or path').fill(join(folder.path, 'my copy'));
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('file-notice')).toContainText(`Saved as ${join(folder.path, 'my copy.mcred')}`);
  await expect(page.getByTestId('file-location')).toHaveText(join(folder.path, 'my copy.mcred'));
  await expect(page).toHaveTitle(/^Cybersecurity/);
  expect(skillCount(await onDisk(join(folder.path, 'my copy.mcred')))).toBe(skillCount(createSampleDocument()) + 1);
});

test('Open lists the maps of the folder and recent files, and opens the one picked', async ({ page }) => {
  const { path: first } = await mapFile('first.mcred', 'First map');
  await mapFile('second.mcred', 'Second map');
  await folder.write('notes.txt', 'not a map');
  const h = await host(first);
  await page.goto(h.url);
  await expect(page).toHaveTitle(/^First map/);

  await page.keyboard.press('ControlOrMeta+o');
  const form = page.getByRole('dialog', { name: 'Open Map' });
  await expect(form.getByRole('region', { name: 'Recent maps' })).toContainText('First map');
  const folderList = form.getByRole('region', { name: 'Folder' });
  await expect(folderList.getByRole('button', { name: /second\.mcred/ })).toBeVisible();
  await expect(folderList).not.toContainText('notes.txt');
  await folderList.getByRole('button', { name: /second\.mcred/ }).click();
  await expect(page).toHaveTitle('Second map — Micro-Credential Studio');
  await expect(page.getByTestId('file-location')).toHaveText(join(folder.path, 'second.mcred'));
});

test('first run asks for name and organisation, and later runs do not', async ({ page }) => {
  await writeSettings({});
  const { path } = await mapFile('who.mcred', 'Who edits');
  const h = await host(path);
  await page.goto(h.url);
  const prompt = page.getByRole('dialog', { name: 'Welcome to Micro-Credential Studio' });
  await expect(prompt).toBeVisible();
  await prompt.getByLabel('Your name').fill('   ');
  await prompt.getByRole('button', { name: 'Continue' }).click();
  await expect(prompt.getByRole('alert')).toHaveText('Please enter your name.');
  await prompt.getByLabel('Your name').fill('Mia Chen');
  await prompt.getByLabel('Organisation').fill('Acme Security');
  await prompt.getByRole('button', { name: 'Continue' }).click();
  await expect(prompt).toBeHidden();

  await addSkill(page);
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page).toHaveTitle(/^Who edits/);
  const people = Object.values((await onDisk(path)).people);
  expect(people).toContainEqual(expect.objectContaining({ name: 'Mia Chen', organisation: 'Acme Security' }));

  await h.stop();
  const again = await host(path);
  await page.goto(again.url);
  await expect(page).toHaveTitle(/^Who edits/);
  await expect(prompt).toBeHidden();
});

test('leaving the browser tab with unsaved changes asks first (beforeunload); a saved map leaves quietly', async ({ page }) => {
  const { path } = await mapFile('leave.mcred', 'Leave me');
  const h = await host(path);
  await page.goto(h.url);
  await addSkill(page);
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);

  await page.keyboard.press('ControlOrMeta+s');
  await expect(page).toHaveTitle(/^Leave me/);
  let prompted = false;
  page.on('dialog', () => (prompted = true));
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(prompted).toBe(false);
});
