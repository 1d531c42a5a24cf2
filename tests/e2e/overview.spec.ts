import { expect, test } from '@playwright/test';
import { serialiseDocument } from '../../shared/format';
import { ENTITY_KINDS, type EntityKind, type McredDocument } from '../../shared/model';
import { createSampleDocument } from '../../shared/sample';
import { useHostPerTest } from './support/browserHost';
import { OverviewPage } from './support/overviewPage';

const session = useHostPerTest();

function countOf(doc: McredDocument, kind: EntityKind): number {
  return Object.values(doc.entities).filter((e) => e.kind === kind).length;
}

test('opens the file named on the command line and shows its title and counts', async ({ page }) => {
  const doc = createSampleDocument();
  doc.settings.title = 'Copied map for the e2e test';
  const file = await session.folder.write('copy.mcred', serialiseDocument(doc));
  const host = await session.start([file]);

  await page.goto(host.url);
  const overview = new OverviewPage(page);
  await expect(overview.title).toHaveText('Copied map for the e2e test');
  await expect(page).toHaveTitle(/Copied map for the e2e test/);
  await expect(overview.source).toContainText(file);
  for (const kind of ENTITY_KINDS) {
    await expect(overview.count(kind)).toHaveText(new RegExp(`^${countOf(doc, kind)} `));
  }
  await expect(overview.count('link')).toHaveText(`${Object.keys(doc.links).length} links`);
});

test('opens the built-in example when no file is given', async ({ page }) => {
  const host = await session.start();
  await page.goto(host.url);
  const overview = new OverviewPage(page);
  await expect(overview.title).toHaveText(createSampleDocument().settings.title);
  await expect(overview.source).toHaveText('Built-in example (not saved)');
});

test('lists the problems of a file that cannot be opened, with where they are', async ({ page }) => {
  const file = await session.folder.write('broken.mcred', '{\n  "format": "micro-credential-studio",\n  "schemaVersion": 2,\n');
  const host = await session.start([file]);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'This file could not be opened' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(file);
  await expect(new OverviewPage(page).problems.first()).toContainText(/line \d+/);
});
