import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseDocument, serialiseDocument } from '../../shared/format';
import { createSampleDocument } from '../../shared/sample';
import { ID } from '../../shared/sample/example/ids';
import { InspectorPage } from './pages/inspector';
import { useHostPerTest } from './support/browserHost';

const LO1 = 'Analyse packet captures and host logs to identify indicators of compromise in a simulated security operations centre.';
const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

const session = useHostPerTest();

async function openExample(page: Page): Promise<{ inspector: InspectorPage; path: string }> {
  const path = await session.folder.write('example.mcred', serialiseDocument(createSampleDocument()));
  const host = await session.start([path]);
  const inspector = new InspectorPage(page);
  await inspector.open(host.url);
  return { inspector, path };
}

const suggested = (inspector: InspectorPage) => inspector.panel.getByRole('list', { name: 'Suggested skills' }).getByRole('listitem');
const links = (inspector: InspectorPage) => inspector.panel.getByRole('list', { name: 'Links', exact: true });

test('accepts a suggested skill for an outcome at the level chosen; Ctrl+Z takes the link away again', async ({ page }) => {
  const { inspector } = await openExample(page);
  await inspector.select(LO1);
  await expect(inspector.section('Suggested')).toBeVisible();
  const first = suggested(inspector).first();
  await expect(first).toContainText('matched:');
  const name = (await first.locator('.sg-name').textContent()) ?? '';
  expect(name).not.toBe('');
  await expect(links(inspector)).not.toContainText(name);

  await inspector.panel.getByLabel('Level when accepted').selectOption('reinforced');
  await first.getByRole('button', { name: /^Accept: link .* as reinforced$/ }).click();
  await expect(inspector.panel.getByRole('status').filter({ hasText: 'Linked' })).toContainText('(reinforced)');
  await expect(links(inspector)).toContainText(name);
  await expect(suggested(inspector).filter({ hasText: name })).toHaveCount(0);
  await expect(inspector.saveState).toHaveText('Edited');

  await inspector.undo();
  await expect(links(inspector)).not.toContainText(name);
  await expect(suggested(inspector).filter({ hasText: name })).toHaveCount(1);
});

test('a dismissed suggestion is gone, is saved in the outcome, and stays gone when the map is opened again', async ({ page }) => {
  const { inspector, path } = await openExample(page);
  await inspector.select(LO1);
  const first = suggested(inspector).first();
  const name = (await first.locator('.sg-name').textContent()) ?? '';
  await first.getByRole('button', { name: /^Dismiss/ }).click();
  await expect(suggested(inspector).filter({ hasText: name })).toHaveCount(0);

  await page.keyboard.press('ControlOrMeta+s');
  await expect(inspector.saveState).toHaveText('Saved');
  const saved = parseDocument(await readFile(path));
  if (!saved.ok) throw new Error('the saved map does not load');
  const outcome = saved.doc.entities[ID.outcome.detect];
  expect(outcome?.kind === 'outcome' ? outcome.dismissedSkills : undefined).toHaveLength(1);

  const host = await session.start([path]);
  const again = new InspectorPage(page);
  await again.open(host.url);
  await again.select(LO1);
  await expect(suggested(again).first()).toBeVisible();
  await expect(suggested(again).filter({ hasText: name })).toHaveCount(0);
});

test('screenshot of suggested links for the README', async ({ page }) => {
  test.skip(!process.env.UPDATE_SCREENSHOTS, 'set UPDATE_SCREENSHOTS=1 to rewrite docs/screenshots/');
  await page.setViewportSize({ width: 1440, height: 900 });
  const { inspector } = await openExample(page);
  await inspector.select(LO1);
  await inspector.section('Suggested').scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, 'suggested-links.png') });
});
