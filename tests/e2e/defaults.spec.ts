import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serialiseDocument } from '../../shared/format';
import { createSampleDocument } from '../../shared/sample';
import { makeTempFolder, startBrowserHost, TESTER, type RunningHost, type TempFolder } from './support/browserHost';
import { InspectorPage } from './pages/inspector';

/**
 * Defaults follow the institution (issue #14): the country given on first run sets the credit
 * system and profiles of the next New Map; changing a map's country offers its defaults as one
 * undoable step; the browser's Save As form starts in the map's folder.
 */

let folder: TempFolder;
const hosts: RunningHost[] = [];

test.beforeEach(async () => {
  folder = await makeTempFolder();
});

test.afterEach(async () => {
  for (const h of hosts.splice(0)) await h.stop();
  await folder.remove();
});

async function host(settings: object, ...args: string[]): Promise<RunningHost> {
  const h = await startBrowserHost([...args, '--data-dir', await folder.dataDir(settings)]);
  hosts.push(h);
  return h;
}

async function newMap(page: Page): Promise<InspectorPage> {
  await page.getByRole('navigation', { name: 'File' }).getByRole('button', { name: 'New Map' }).click();
  const inspector = new InspectorPage(page);
  await expect(inspector.field('Map title')).toHaveValue('Untitled map');
  return inspector;
}

test('the country given on first run makes the next new map use US credit hours and the US profile, EU off', async ({ page }) => {
  const h = await host({});
  await page.goto(h.url);
  const prompt = page.getByRole('dialog', { name: 'Welcome to Micro-Credential Studio' });
  await prompt.getByLabel('Your name').fill('Mia Chen');
  await prompt.getByLabel('Organisation').fill('Northfield State University');
  await prompt.getByLabel('Country').fill('United States');
  await prompt.getByRole('button', { name: 'Continue' }).click();
  await expect(prompt).toBeHidden();

  const inspector = await newMap(page);
  await expect(inspector.field('Institution')).toHaveValue('Northfield State University');
  await expect(inspector.field('Country')).toHaveValue('United States');
  await expect(inspector.field('Credit system')).toHaveValue('us-credit-hour');
  await expect(inspector.field('US credit hours (institutional practice)')).toBeChecked();
  await expect(inspector.field('EU Council Recommendation 2022')).not.toBeChecked();
  await page.screenshot({ path: test.info().outputPath('new-map-united-states.png') });

  const stored = JSON.parse(await readFile(join(folder.path, 'data', 'settings.json'), 'utf8')) as { institution?: unknown };
  expect(stored.institution).toEqual({ institution: 'Northfield State University', country: 'United States' });
});

test('changing the country offers its credit system and profiles, never silently, as one undoable step', async ({ page }) => {
  const h = await host({ identity: TESTER, institution: { country: 'United States' } });
  await page.goto(h.url);
  const inspector = await newMap(page);
  await expect(inspector.field('Credit system')).toHaveValue('us-credit-hour');

  await inspector.fill('Country', 'New Zealand');
  await inspector.leave('Country');
  const offer = inspector.panel.getByRole('status').filter({ hasText: 'Maps in New Zealand usually use NZ credits and New Zealand (NZQA).' });
  await expect(offer).toBeVisible();
  // Nothing changed until the user says so.
  await expect(inspector.field('Credit system')).toHaveValue('us-credit-hour');
  await inspector.panel.screenshot({ path: test.info().outputPath('country-offer.png') });

  await offer.getByRole('button', { name: 'Use them' }).click();
  await expect(offer).toBeHidden();
  await expect(inspector.field('Credit system')).toHaveValue('nz-credit');
  await expect(inspector.field('New Zealand (NZQA)')).toBeChecked();
  await expect(inspector.field('US credit hours (institutional practice)')).not.toBeChecked();

  await page.keyboard.press('ControlOrMeta+z');
  await expect(inspector.field('Credit system')).toHaveValue('us-credit-hour');
  await expect(inspector.field('US credit hours (institutional practice)')).toBeChecked();
  await expect(inspector.field('Country')).toHaveValue('New Zealand');
});

test('Save As starts in the map\'s folder, and without a file in Documents rather than the app\'s folder', async ({ page }) => {
  const path = await folder.write('mine.mcred', serialiseDocument(createSampleDocument()));
  const h = await host({ identity: TESTER }, path);
  await page.goto(h.url);
  await expect(page.getByTestId('file-location')).toHaveText(path);
  await page.keyboard.press('ControlOrMeta+Shift+s');
  const form = page.getByRole('dialog', { name: 'Save Map As' });
  await expect(form.getByTestId('folder-path')).toHaveText(folder.path);
  await form.getByRole('button', { name: 'Cancel' }).click();

  const example = await host({ identity: TESTER });
  await page.goto(example.url);
  await expect(page.getByTestId('file-location')).toHaveText('Built-in example (not saved)');
  await page.keyboard.press('ControlOrMeta+Shift+s');
  const documents = join(homedir(), 'Documents');
  await expect(form.getByTestId('folder-path')).toHaveText(existsSync(documents) ? documents : homedir());
});

test('outcomes pasted from Excel become nodes in one change, and one undo removes them all', async ({ page }) => {
  const h = await host({ identity: TESTER });
  await page.goto(h.url);
  const inspector = await newMap(page);
  await page.getByRole('button', { name: /^Paste rows/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Import outcomes, assessments or activities' });
  // What Excel puts on the clipboard: tab-separated cells, CRLF line ends.
  const rows = ['Code\tLearning outcome', 'LO1\tExplain the CIA triad', 'LO2\tConfigure a host firewall', 'LO3\t', 'LO4\tTriage a phishing report'];
  await dialog.getByLabel('Or paste rows from Excel, with the header row first').fill(rows.join('\r\n'));
  await expect(dialog.getByLabel('Rows that cannot be read')).toContainText('line 4: Learning outcome is empty');
  await dialog.screenshot({ path: test.info().outputPath('paste-rows.png') });
  await dialog.getByRole('button', { name: 'Add 3 learning outcomes' }).click();
  await expect(dialog).toBeHidden();

  for (const title of ['Explain the CIA triad', 'Configure a host firewall', 'Triage a phishing report']) await expect(inspector.node(title)).toBeVisible();
  await expect(page.getByText('3 outcomes', { exact: true })).toBeVisible();

  await page.keyboard.press('ControlOrMeta+z');
  await expect(inspector.canvas.locator('.react-flow__node')).toHaveCount(0);
  await expect(page.getByText('0 outcomes', { exact: true })).toBeVisible();
});
