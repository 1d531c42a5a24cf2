import { test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { applyCommand } from '../../shared/commands';
import { serialiseDocument } from '../../shared/format';
import { formatStamp, makeClock, type McredDocument } from '../../shared/model';
import { generateMap } from '../../shared/sample/generate';
import { CanvasPage } from '../../tests/e2e/pages/CanvasPage';
import { useHostPerTest } from '../../tests/e2e/support/browserHost';

/**
 * Not a test: generates the canvas screenshots in docs/screenshots/, taken the way a user
 * sees the app. Run by hand after a visible change to the canvas:
 * `npx playwright test -c scripts/screenshots/playwright.config.ts`.
 */
test.use({ viewport: { width: 1440, height: 900 } });

const OUT = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const session = useHostPerTest();

function tidied(doc: McredDocument): McredDocument {
  const result = applyCommand(doc, { name: 'layout.auto', payload: {} }, { stamp: formatStamp(makeClock('screens1', Date.UTC(2027, 0, 1)), 'pe_screens') });
  if (!result.ok) throw new Error(result.refusal.message);
  return result.doc;
}

async function open(page: Page, args: string[]): Promise<CanvasPage> {
  const host = await session.start(args);
  await page.goto(host.url);
  const map = new CanvasPage(page);
  await map.waitReady();
  // The first-run welcome asks for a name; a screenshot of the map does not need it.
  const notNow = page.getByRole('button', { name: 'Not now' });
  if (await notNow.isVisible().catch(() => false)) await notNow.click();
  // These pictures are of the map: fold the readiness panel away (it has its own screenshots).
  const readiness = page.getByRole('complementary', { name: 'Readiness' }).getByRole('button', { name: /Readiness/ }).first();
  if ((await readiness.getAttribute('aria-expanded')) === 'true') await readiness.click();
  await map.fit();
  await still(page, map);
  return map;
}

/** Nothing hovered or focused, the view at rest: what a screenshot should show. */
async function still(page: Page, map: CanvasPage): Promise<void> {
  await page.mouse.move(1, 899);
  await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { blur?: () => void } | null } }).document.activeElement?.blur?.());
  await map.waitForStillView();
}

test('the built-in example, fitted', async ({ page }) => {
  await open(page, []);
  await page.screenshot({ path: join(OUT, 'map-example.png') });
});

test('a generated 2,000-node map, fitted and up close', async ({ page }) => {
  test.setTimeout(180_000);
  const doc = tidied(generateMap({ seed: 20_260_301, entities: 2_000 }));
  const file = await session.folder.write('big.mcred', serialiseDocument(doc));
  const map = await open(page, [file]);
  await page.screenshot({ path: join(OUT, 'big-map-2000.png') });

  // Up close: a credential found by search, then two steps back to see its section.
  const credential = Object.values(doc.entities).find((e) => e.kind === 'credential' && e.title.length < 40)!;
  await map.search(credential.kind === 'credential' ? credential.title : '');
  await map.press('Enter');
  await map.waitForStillView();
  await map.press('ControlOrMeta+-');
  await map.waitForStillView();
  await map.press('ControlOrMeta+-');
  await still(page, map);
  await page.screenshot({ path: join(OUT, 'big-map-2000-detail.png') });

  // Focus mode on the same credential: only its neighbourhood.
  await map.focusOn(credential.kind === 'credential' ? credential.title : '');
  await map.fit();
  await still(page, map);
  await page.screenshot({ path: join(OUT, 'big-map-2000-focus.png') });
});
