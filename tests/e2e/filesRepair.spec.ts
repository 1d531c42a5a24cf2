import { readFile, stat } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parseDocument, serialiseDocument } from '../../shared/format';
import { createSampleDocument } from '../../shared/sample';
import { useHostPerTest } from './support/browserHost';

/**
 * "Repair and Open": a map whose link was deleted by hand (its change stamps left behind)
 * is offered a repair with the list of changes; the repaired map opens unsaved, and the
 * file is written only by Save, which keeps the damaged original as FILE.bak.
 */
const session = useHostPerTest();

/** The example map with its first link deleted by hand: the link's change stamps stay behind. */
function damagedMap(): { text: string; link: string } {
  const doc = createSampleDocument();
  const link = Object.keys(doc.links).sort()[0]!;
  const plain = JSON.parse(serialiseDocument(doc)) as { links: Record<string, unknown> };
  delete plain.links[link];
  return { text: JSON.stringify(plain, null, 2) + '\n', link };
}

async function openByPath(page: Page, path: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+o');
  const form = page.getByRole('dialog', { name: 'Open Map' });
  await form.getByLabel('Path of the map to open').fill(path);
  await form.getByLabel('Path of the map to open').press('Enter');
}

async function start(page: Page): Promise<{ damaged: string; original: string; link: string }> {
  const { text, link } = damagedMap();
  const damaged = await session.folder.write('damaged.mcred', text);
  const other = await session.folder.write('other.mcred', serialiseDocument({ ...createSampleDocument(), settings: { ...createSampleDocument().settings, title: 'Another map' } }));
  const host = await session.start([other, '--data-dir', await session.folder.dataDir()]);
  await page.goto(host.url);
  await expect(page).toHaveTitle(/^Another map/);
  return { damaged, original: text, link };
}

test('a damaged map lists its repairs, opens repaired and unsaved, and Save keeps the original as .bak', async ({ page }) => {
  const { damaged, original, link } = await start(page);
  await openByPath(page, damaged);
  const dialog = page.getByRole('dialog', { name: '“damaged.mcred” is damaged but can be repaired' });
  await expect(dialog).toBeVisible();
  const changes = dialog.getByRole('list', { name: 'The repair makes one change' });
  await expect(changes.getByRole('listitem')).toHaveText([new RegExp(`^Removed the change stamps of "${link}", which does not exist \\(meta\\.stamps\\.${link}, line \\d+\\)\\.$`)]);
  await expect(dialog.getByRole('button', { name: 'Repair and Open' })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('repair-dialog.png') });

  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveTitle(/^• Cybersecurity/);
  await expect(page.getByText('Repaired 1 problem. Nothing is written until you save')).toBeVisible();
  expect(await readFile(damaged, 'utf8')).toBe(original);

  await page.keyboard.press('ControlOrMeta+s');
  await expect(page).toHaveTitle(/^Cybersecurity/);
  expect(await readFile(`${damaged}.bak`, 'utf8')).toBe(original);
  const saved = parseDocument(await readFile(damaged));
  expect(saved.ok).toBe(true);
  expect(saved.ok && saved.doc.meta.stamps[link]).toBeUndefined();
});

test('Cancel leaves the damaged file as it was and the open map in place', async ({ page }) => {
  const { damaged, original } = await start(page);
  const before = (await stat(damaged)).mtimeMs;
  await openByPath(page, damaged);
  const dialog = page.getByRole('dialog', { name: /is damaged but can be repaired/ });
  await dialog.getByText('What is wrong with the file').click();
  await expect(dialog.getByRole('alert')).toContainText('change stamps are kept for');
  await page.screenshot({ path: test.info().outputPath('repair-dialog-problems.png') });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveTitle(/^Another map/);
  expect(await readFile(damaged, 'utf8')).toBe(original);
  expect((await stat(damaged)).mtimeMs).toBe(before);
  await expect(stat(`${damaged}.bak`)).rejects.toThrow();
});

test('a damaged map named on the command line shows its problems and offers the repair there too', async ({ page }) => {
  const { text } = damagedMap();
  const damaged = await session.folder.write('damaged.mcred', text);
  const host = await session.start([damaged, '--data-dir', await session.folder.dataDir()]);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'This file could not be opened' })).toBeVisible();
  const dialog = page.getByRole('dialog', { name: /is damaged but can be repaired/ });
  await dialog.getByRole('button', { name: 'Repair and Open' }).click();
  await expect(page).toHaveTitle(/^• Cybersecurity/);
  expect(await readFile(damaged, 'utf8')).toBe(text);
});
