import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { parseDocument } from '../../../shared/format';
import type { McredDocument } from '../../../shared/model';
import { CanvasPage } from '../pages/CanvasPage';
import { startBrowserHost, type RunningHost, type TempFolder } from './browserHost';

/**
 * One person opening a shared map on their own machine: their own host with its own data
 * folder (holding who they are), and their own browser context. The host is added to
 * `hosts` so the spec stops it after the test.
 */
export async function openAs(browser: Browser, folder: TempFolder, hosts: RunningHost[], file: string, name: string, organisation?: string): Promise<Page> {
  const first = name.split(' ')[0]!;
  const dataDir = join(folder.path, `data-${first}`);
  await mkdir(dataDir);
  await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ identity: { personId: `pe_${first.toLowerCase()}`, name, ...(organisation ? { organisation } : {}) } }));
  const host = await startBrowserHost([file, '--data-dir', dataDir]);
  hosts.push(host);
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 820 } })).newPage();
  await page.goto(host.url);
  await new CanvasPage(page).waitReady();
  return page;
}

/** The map as it is on disk now. */
export async function onDisk(path: string): Promise<McredDocument> {
  const parsed = parseDocument(await readFile(path));
  if (!parsed.ok) throw new Error(`${path} does not load: ${parsed.problems[0]?.message ?? 'unknown problem'}`);
  return parsed.doc;
}
