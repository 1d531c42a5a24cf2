import { cp, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { serialiseDocument } from '../../shared/format';
import { createSampleDocument } from '../../shared/sample';
import { useHostPerTest } from './support/browserHost';

/**
 * Every bad map file in tests/fixtures/bad (as listed in its README) opens to a clear
 * error — a message, never a stack trace — and the file is left exactly as it was.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'bad');

async function listedFixtures(): Promise<string[]> {
  const readme = await readFile(join(FIXTURES, 'README.md'), 'utf8');
  return [...readme.matchAll(/^\|\s*([\w.-]+\.mcred)\s*\|/gm)].map((m) => m[1]!);
}

/** The fixtures the README marks as repairable: they are offered "Repair and Open" instead. */
async function repairableFixtures(): Promise<Set<string>> {
  const readme = await readFile(join(FIXTURES, 'README.md'), 'utf8');
  return new Set([...readme.matchAll(/^\|\s*([\w.-]+\.mcred)\s*\|\s*[12]\s*\|\s*yes\s*\|/gm)].map((m) => m[1]!));
}

/** Bytes and modification time, or for a folder its listing: what "untouched" compares. */
async function fingerprint(path: string): Promise<string> {
  const info = await stat(path);
  if (info.isDirectory()) return `dir ${info.mtimeMs} ${(await readdir(path)).join(',')}`;
  return `${info.mtimeMs} ${(await readFile(path)).toString('base64')}`;
}

const STACK = /\n\s+at |Error: |TypeError|undefined is not|\.ts:\d+/;

const session = useHostPerTest();

let dataDir: string;

test.beforeEach(async () => {
  dataDir = await session.folder.dataDir();
});

async function copyFixtures(names: readonly string[]): Promise<Map<string, string>> {
  const prints = new Map<string, string>();
  for (const name of names) {
    await cp(join(FIXTURES, name), join(session.folder.path, name), { recursive: true, preserveTimestamps: true });
    prints.set(name, await fingerprint(join(session.folder.path, name)));
  }
  return prints;
}

async function expectClearProblems(scope: Locator, name: string): Promise<void> {
  const alert = scope.getByRole('alert');
  await expect(alert, name).toContainText(join(session.folder.path, name));
  await expect(alert.getByRole('listitem').first(), name).not.toBeEmpty();
  expect(await alert.innerText(), name).not.toMatch(STACK);
}

test('the README lists every bad fixture there is', async () => {
  const listed = new Set(await listedFixtures());
  const present = (await readdir(FIXTURES)).filter((n) => n.endsWith('.mcred'));
  expect(present.filter((n) => !listed.has(n))).toEqual([]);
  expect(listed.size).toBeGreaterThan(30);
});

test('a bad file named on the command line shows its problems instead of the map, and stays untouched', async ({ page }) => {
  const prints = await copyFixtures(['truncated.mcred', 'schema-version-newer.mcred']);
  for (const name of prints.keys()) {
    const host = await session.start([join(session.folder.path, name), '--data-dir', dataDir]);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'This file could not be opened' })).toBeVisible();
    await expectClearProblems(page.locator('body'), name);
    await host.stop();
    expect(await fingerprint(join(session.folder.path, name)), `${name} was changed`).toBe(prints.get(name));
  }
});

test('each bad fixture, opened with Open…, gives a clear error, keeps the open map, and is left untouched', async ({ page }) => {
  test.setTimeout(240_000);
  const names = await listedFixtures();
  const prints = await copyFixtures(names);
  const good = await session.folder.write('good.mcred', serialiseDocument(createSampleDocument()));
  const host = await session.start([good, '--data-dir', dataDir]);
  await page.goto(host.url);
  await expect(page).toHaveTitle(/^Cybersecurity/);

  const repairable = await repairableFixtures();
  for (const name of names) {
    await page.keyboard.press('ControlOrMeta+o');
    const form = page.getByRole('dialog', { name: 'Open Map' });
    await form.getByLabel('Path of the map to open').fill(join(session.folder.path, name));
    await form.getByLabel('Path of the map to open').press('Enter');
    if (repairable.has(name)) {
      // Offered a repair: the problems are behind "What is wrong"; Cancel changes nothing.
      const offer = page.getByRole('dialog', { name: `“${name}” is damaged but can be repaired` });
      await expect(offer, `${name} should be offered a repair`).toBeVisible();
      await offer.getByText('What is wrong with the file').click();
      await expectClearProblems(offer, name);
      await offer.getByRole('button', { name: 'Cancel' }).click();
      await expect(offer).toBeHidden();
      await expect(page).toHaveTitle(/^Cybersecurity/);
      continue;
    }
    const problems = page.getByRole('dialog', { name: 'This file could not be opened' });
    await expect(problems, `${name} should be refused`).toBeVisible();
    await expectClearProblems(problems, name);
    await problems.getByRole('button', { name: 'OK' }).click();
    await expect(problems).toBeHidden();
    await expect(page).toHaveTitle(/^Cybersecurity/);
  }
  for (const name of names) expect(await fingerprint(join(session.folder.path, name)), `${name} was changed`).toBe(prints.get(name));
});
