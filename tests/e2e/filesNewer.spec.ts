import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serialiseDocument } from '../../shared/format';
import { SCHEMA_VERSION } from '../../shared/model';
import { createSampleDocument } from '../../shared/sample';
import { CanvasPage } from './pages/CanvasPage';
import { makeTempFolder, startBrowserHost, type RunningHost, type TempFolder } from './support/browserHost';

/**
 * A map saved by a newer version of the app that promises this one may read it opens with
 * a note; an edit saved here keeps everything the newer app added, unchanged, and its
 * format version.
 */
let folder: TempFolder;
const hosts: RunningHost[] = [];

test.beforeEach(async () => {
  folder = await makeTempFolder();
  await mkdir(join(folder.path, 'data'), { recursive: true });
  await writeFile(join(folder.path, 'data', 'settings.json'), JSON.stringify({ identity: { personId: 'pe_e2etester', name: 'Erin Tester', organisation: 'Northfield State' } }));
});

test.afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop();
  await folder.remove();
});

type Plain = Record<string, unknown>;

function newerMap(): string {
  const plain = JSON.parse(serialiseDocument(createSampleDocument())) as Plain;
  const out: Plain = { format: plain.format, schemaVersion: SCHEMA_VERSION + 1, readableFrom: SCHEMA_VERSION };
  for (const [k, v] of Object.entries(plain)) if (!(k in out)) out[k] = v;
  (out.settings as Plain).theme = 'dark';
  out.rubrics = { rb_1: { id: 'rb_1', title: 'Rubric for alerts' } };
  return JSON.stringify(out, null, 2) + '\n';
}

test('a map from a newer app opens with a note, and saving an edit keeps what that app added', async ({ page }) => {
  const path = await folder.write('newer.mcred', newerMap());
  const host = await startBrowserHost([path, '--data-dir', join(folder.path, 'data')], folder.path);
  hosts.push(host);
  await page.goto(host.url);
  await expect(page.getByText(`This map was saved by a newer version of Micro-Credential Studio (file format ${SCHEMA_VERSION + 1}). It opens here; the 2 parts this version does not know are kept and saved back unchanged.`)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('newer-map.png') });

  const canvas = new CanvasPage(page);
  await canvas.waitReady();
  await canvas.create('skill');
  await expect(page).toHaveTitle(/^• /);
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page).not.toHaveTitle(/^• /);

  const saved = JSON.parse(await readFile(path, 'utf8')) as Plain;
  expect(saved).toMatchObject({ schemaVersion: SCHEMA_VERSION + 1, readableFrom: SCHEMA_VERSION, settings: { theme: 'dark' }, rubrics: { rb_1: { title: 'Rubric for alerts' } } });
  const skills = Object.values(saved.entities as Record<string, { kind: string }>).filter((e) => e.kind === 'skill').length;
  expect(skills).toBe(Object.values(createSampleDocument().entities).filter((e) => e.kind === 'skill').length + 1);
});
