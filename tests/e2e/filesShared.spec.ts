import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { parseDocument, serialiseDocument } from '../../shared/format';
import type { McredDocument } from '../../shared/model';
import { createSampleDocument } from '../../shared/sample';
import { CanvasPage } from './pages/CanvasPage';
import { makeTempFolder, startBrowserHost, type RunningHost, type TempFolder } from './support/browserHost';

/**
 * Two people with the same shared file open (two hosts, two data folders): when the second
 * saves after the first, their work is merged into the file, never overwritten.
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

async function person(browser: Browser, file: string, name: string): Promise<Page> {
  const dataDir = join(folder.path, `data-${name.split(' ')[0]}`);
  await mkdir(dataDir);
  await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ identity: { personId: `pe_${name.split(' ')[0]!.toLowerCase()}`, name } }));
  const host = await startBrowserHost([file, '--data-dir', dataDir]);
  hosts.push(host);
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 820 } })).newPage();
  await page.goto(host.url);
  await new CanvasPage(page).waitReady();
  return page;
}

async function onDisk(path: string): Promise<McredDocument> {
  const parsed = parseDocument(await readFile(path));
  if (!parsed.ok) throw new Error('unreadable');
  return parsed.doc;
}

const skills = (doc: McredDocument) => Object.values(doc.entities).filter((e) => e.kind === 'skill').length;

test('a save after someone else saved merges both people\'s work and says what came in', async ({ browser }) => {
  const file = await folder.write('shared.mcred', serialiseDocument(createSampleDocument()));
  const base = skills(createSampleDocument());
  const ana = await person(browser, file, 'Ana Lopez');
  const erin = await person(browser, file, 'Erin Tester');

  await new CanvasPage(ana).create('skill');
  await ana.keyboard.press('ControlOrMeta+s');
  await expect(ana).not.toHaveTitle(/^• /);
  expect(skills(await onDisk(file))).toBe(base + 1);

  await new CanvasPage(erin).create('skill');
  await erin.keyboard.press('ControlOrMeta+s');
  const notice = erin.getByTestId('file-notice');
  // Ana's save reaches Erin's open map by itself (live) or, at the latest, with Erin's save.
  await expect(notice).toContainText(/Merged \d+ changes? from Ana Lopez/);
  await expect(notice).toContainText('Ana Lopez added skill');
  await expect(erin.getByTestId('status-count-skill')).toContainText(String(base + 2));
  await expect(erin).not.toHaveTitle(/^• /);

  const merged = await onDisk(file);
  expect(skills(merged)).toBe(base + 2);
  expect(Object.values(merged.people).map((p) => p.name)).toEqual(expect.arrayContaining(['Ana Lopez', 'Erin Tester']));
});
