import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { applyCommand } from '../../shared/commands';
import { serialiseDocument } from '../../shared/format';
import { buildImportPayload, parseImport, planImport } from '../../shared/import';
import type { McredDocument } from '../../shared/model';
import { apply, makeCredential, makeLink, makeMap, makeOutcome, nextStamp } from '../helpers/builders';
import { seededRandom } from '../helpers/json';
import { CanvasPage } from './pages/CanvasPage';
import { ReadinessPage } from './pages/readiness';
import { seriousViolations } from './support/axe';
import { useHostPerTest } from './support/browserHost';

const FRAMEWORKS = join(import.meta.dirname, '..', 'fixtures', 'frameworks');
const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

const session = useHostPerTest();

/** A map with every skill of the hand-made ESCO v1, "analyse sales data" addressed by an outcome of a credential. */
function mapWithEscoV1(): McredDocument {
  const parsed = parseImport(readFileSync(join(FRAMEWORKS, 'esco-v1.csv')), 'esco', { release: 'ESCO v1' });
  if (!parsed.ok) throw new Error(parsed.message);
  let doc = makeMap({
    settings: { title: 'Sales analytics badge' },
    entities: [makeOutcome({ id: 'lo_sales', code: 'LO1', statement: 'Analyse monthly sales figures' }), makeCredential({ id: 'mc_sales', title: 'Sales Analytics Badge' })],
  });
  const imported = applyCommand(doc, { name: 'skill.import', payload: buildImportPayload(doc, planImport(doc, parsed.skills), seededRandom(5)) }, { stamp: nextStamp() });
  if (!imported.ok) throw new Error(imported.refusal.message);
  doc = imported.doc;
  const sales = Object.values(doc.entities).find((e) => e.kind === 'skill' && e.statement === 'analyse sales data')!;
  doc = apply(doc, 'link.create', { link: makeLink('addresses', sales, { id: 'lo_sales' }) });
  doc = apply(doc, 'link.create', { link: makeLink('part-of', { id: 'lo_sales' }, { id: 'mc_sales' }) });
  return doc;
}

test('a newer ESCO release: updates listed in the wizard, flagged on Import; Accept renames the skill and clears the warning; undo brings it back', async ({ page }) => {
  const file = await session.folder.write('sales.mcred', serialiseDocument(mapWithEscoV1()));
  const host = await session.start([file]);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  const map = new CanvasPage(page);
  await map.waitReady();
  const notNow = page.getByRole('button', { name: 'Not now' });
  if (await notNow.isVisible().catch(() => false)) await notNow.click();

  await map.press('ControlOrMeta+k');
  await page.keyboard.type('Import skills');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Import skills' });
  await dialog.locator('input[type=file]').setInputFiles(join(FRAMEWORKS, 'esco-v2.csv'));
  await expect(dialog.getByLabel('Format')).toHaveValue('esco');
  await dialog.getByRole('textbox', { name: 'Release', exact: true }).fill('ESCO v2');
  const updates = dialog.getByRole('region', { name: 'Updates to skills in this map' });
  await expect(updates).toBeVisible();
  await expect(updates.getByRole('listitem')).toHaveCount(4);
  await expect(updates.getByRole('listitem').first()).toHaveText(/Changed\s*“analyse sales data” — renamed to “analyse sales figures” · outcomes: LO1 Analyse monthly sales figures · credentials: Sales Analytics Badge/);
  await updates.getByLabel(/full release/).check();
  await expect(updates.getByRole('listitem')).toHaveCount(5);
  await expect(updates.getByRole('listitem').last()).toHaveText(/Removed\s*“operate a fax machine”/);
  await expect(dialog.getByText('add 1, merge 4, skip 0, flag 5 updates')).toBeVisible();
  expect(await seriousViolations(page, dialog)).toEqual([]);
  if (process.env.UPDATE_SCREENSHOTS) {
    await mkdir(SHOTS, { recursive: true });
    await updates.scrollIntoViewIfNeeded();
    await updates.screenshot({ path: join(SHOTS, 'framework-updates-wizard.png') });
  }
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  const readiness = new ReadinessPage(page);
  await readiness.open();
  const warning = readiness.finding(/Framework changed since mapped: skill “analyse sales data” — renamed to “analyse sales figures” in ESCO v2/);
  await expect(warning).toHaveCount(1);
  await expect(readiness.findingsOfRule('alignment/framework-changed')).toHaveCount(5);

  await map.fit();
  await map.node('analyse sales data').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const update = inspector.getByRole('region', { name: 'Framework update' });
  await expect(update).toContainText('ESCO v2 changed this skill');
  await expect(update.locator('del')).toHaveText(/analyse sales data/);
  await expect(update.locator('ins')).toHaveText(/analyse sales figures/);
  expect(await seriousViolations(page, update)).toEqual([]);
  if (process.env.UPDATE_SCREENSHOTS) {
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SHOTS, 'framework-updates-inspector.png'), clip: { x: 0, y: 40, width: 1440, height: 520 } });
  }
  await update.getByRole('button', { name: 'Accept update' }).click();

  await expect(map.node('analyse sales figures')).toBeVisible();
  await expect(update).toBeHidden();
  await expect(warning).toHaveCount(0);
  await expect(readiness.findingsOfRule('alignment/framework-changed')).toHaveCount(4);

  await map.canvas.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
  await map.undo();
  await expect(map.node('analyse sales data')).toBeVisible();
  await expect(warning).toHaveCount(1);
  await map.node('analyse sales data').click();
  await expect(update).toContainText('ESCO v2 changed this skill');

  // The import and the flags were one step: undone together.
  await map.canvas.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
  await map.undo();
  await expect(readiness.findingsOfRule('alignment/framework-changed')).toHaveCount(0);
  await expect.poll(() => map.count('skill')).toBe(7);
});
