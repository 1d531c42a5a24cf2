import { expect, test } from '@playwright/test';
import { ACTION_IDS, actionSpec } from '../../shared/actions';
import { serialiseDocument } from '../../shared/format';
import { createSampleDocument } from '../../shared/sample';
import { CanvasPage } from './pages/CanvasPage';
import { useHostPerTest } from './support/browserHost';

/**
 * The action catalogue in the running app: once a map's workspace is up, every declared
 * action has exactly one handler (the page says otherwise on the console), and the File bar
 * and the command palette offer what the catalogue says.
 */
const session = useHostPerTest();

test('every declared action is handled once; File bar and palette follow the catalogue', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  const file = await session.folder.write('sample.mcred', serialiseDocument(createSampleDocument()));
  const host = await session.start([file]);
  const welcome = page.getByRole('dialog', { name: 'Welcome to Micro-Credential Studio' });
  await page.addLocatorHandler(welcome, () => welcome.getByRole('button', { name: 'Not now' }).click());
  await page.goto(host.url);
  await new CanvasPage(page).waitReady();

  const fileBar = page.getByRole('navigation', { name: 'File' });
  const onBar = ACTION_IDS.filter((id) => actionSpec(id).fileBar).map((id) => actionSpec(id).label);
  await expect(fileBar.getByRole('button')).toHaveText(onBar);

  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const offered = await palette.getByRole('option').locator('span').allTextContents();
  // Always-enabled actions (nothing selected yet) are all offered, in catalogue order, the palette's own opener not.
  for (const label of ['New Map', 'Open…', 'Save', 'Export…', 'Import skills…', 'Tidy Layout', 'Zoom In', 'Next Pane']) expect(offered).toContain(label);
  expect(offered).not.toContain('Command Palette…');
  expect(offered.indexOf('New Map')).toBeLessThan(offered.indexOf('Zoom In'));
  await page.keyboard.press('Escape');

  expect(problems.filter((text) => /Declared actions/.test(text))).toEqual([]);
});
