import { expect, test, type Browser } from '@playwright/test';
import { serialiseDocument } from '../../shared/format';
import type { McredDocument } from '../../shared/model';
import { createSampleDocument } from '../../shared/sample';
import { CanvasPage } from './pages/CanvasPage';
import { makeTempFolder, type RunningHost, type TempFolder } from './support/browserHost';
import { onDisk, openAs } from './support/coEditors';

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

const person = (browser: Browser, file: string, name: string, organisation?: string) => openAs(browser, folder, hosts, file, name, organisation);

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
