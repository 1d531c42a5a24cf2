import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { applyCommand } from '../../shared/commands';
import { serialiseDocument } from '../../shared/format';
import { formatStamp, makeClock, tick, type McredDocument } from '../../shared/model';
import { createSampleDocument } from '../../shared/sample';
import { makeCredential, makeMap, makeSkill } from '../helpers/builders';
import { reviewedSample } from '../unit/review-ui/reviewFixture';
import { AdvisorPage } from './pages/advisor';
import { CanvasPage } from './pages/CanvasPage';
import { MatrixPage } from './pages/matrix';
import { ReviewPage } from './pages/review';
import { seriousViolations } from './support/axe';
import { useHostPerTest } from './support/browserHost';
import type { PageGlobals } from './support/pageGlobals';

/**
 * Issue #14: axe-core (WCAG 2.1 A and AA rules) finds no serious or critical violation on
 * the map, the inspector with a comment being typed, the matrix, the command palette, the
 * import, export, review and conflict screens (support/axe.ts).
 */
const session = useHostPerTest();

async function open(page: Page, doc: McredDocument): Promise<{ canvas: CanvasPage; file: string }> {
  const file = await session.folder.write('map.mcred', serialiseDocument(doc));
  const host = await session.start([file, '--data-dir', await session.folder.dataDir()]);
  await page.goto(host.url);
  const canvas = new CanvasPage(page);
  await canvas.waitReady();
  return { canvas, file };
}

test('the map, the inspector with a comment being typed, the matrix and the palette', async ({ page }) => {
  await open(page, createSampleDocument());
  expect(await seriousViolations(page, page.locator('body'))).toEqual([]);

  const advisor = new AdvisorPage(page);
  await advisor.select('Validate network alerts');
  await advisor.commentBox.fill('Is “validate” the level we want here?');
  await expect(advisor.comments.getByRole('button', { name: 'Comment', exact: true })).toBeEnabled();
  expect(await seriousViolations(page, page.locator('body'))).toEqual([]);

  const matrix = new MatrixPage(page);
  await matrix.show();
  expect(await seriousViolations(page, page.locator('body'))).toEqual([]);
  await matrix.tab('Outcomes × assessments').click();
  expect(await seriousViolations(page, matrix.view)).toEqual([]);

  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  expect(await seriousViolations(page, palette)).toEqual([]);
  // Nothing matching: the message sits beside the list, since a listbox may hold only options.
  await page.keyboard.type('no such command');
  await expect(palette.getByText('No command matches')).toBeVisible();
  expect(await seriousViolations(page, palette)).toEqual([]);
  await expect(palette.getByRole('status')).toHaveText('No command matches');
  await page.keyboard.press('Escape');

  await page.keyboard.press('ControlOrMeta+f');
  await page.keyboard.type('no such item');
  const search = page.getByRole('search');
  await expect(search.getByText('Nothing matches “no such item”')).toBeVisible();
  expect(await seriousViolations(page, search)).toEqual([]);
  await expect(search.getByRole('status')).toHaveText('Nothing matches “no such item”');
});

test('the import wizard with a preview, and the export dialog', async ({ page }) => {
  const { canvas } = await open(page, createSampleDocument());
  await canvas.press('ControlOrMeta+k');
  await page.keyboard.type('Import skills');
  await page.keyboard.press('Enter');
  const wizard = page.getByRole('dialog', { name: 'Import skills' });
  await wizard.locator('input[type=file]').setInputFiles(join(import.meta.dirname, '..', 'fixtures', 'import', 'esco-skills.csv'));
  await expect(wizard.getByText('3 of 3 selected')).toBeVisible();
  expect(await seriousViolations(page, wizard)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(wizard).toBeHidden();

  await page.keyboard.press('ControlOrMeta+e');
  const exporter = page.getByRole('dialog', { name: 'Export' });
  await expect(exporter).toBeVisible();
  expect(await seriousViolations(page, exporter)).toEqual([]);
});

test('the review panel', async ({ page }) => {
  await open(page, reviewedSample());
  const review = new ReviewPage(page);
  await review.chip.click();
  await expect(review.panel).toBeVisible();
  expect(await seriousViolations(page, page.locator('body'))).toEqual([]);
});

test('the conflict panel after merging a conflicted copy', async ({ page }) => {
  const sample = createSampleDocument();
  await open(page, sample);
  const ana = { id: 'pe_ana', name: 'Ana Lopez', role: 'advisor' } as const;
  let copy = sample;
  for (const call of [
    { name: 'person.upsert', payload: { person: ana } },
    { name: 'entity.update', payload: { id: 'sk_alerts', changes: { statement: 'Validate and triage network alerts' } } },
  ]) {
    const result = applyCommand(copy, call, { stamp: formatStamp(tick(makeClock('copy0001'), Date.UTC(2031, 0, 1)), 'pe_ana') });
    if (!result.ok) throw new Error(result.refusal.message);
    copy = result.doc;
  }
  const copyPath = await session.folder.write('map (Ana’s copy).mcred', serialiseDocument(copy));
  const advisor = new AdvisorPage(page);
  await advisor.select('Validate network alerts');
  await advisor.fill('Statement', 'Validate network alerts against the runbook');
  await advisor.selectNothing();
  await page.getByRole('navigation', { name: 'File' }).getByRole('button', { name: 'Merge Another Copy…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge Another Copy' });
  expect(await seriousViolations(page, dialog)).toEqual([]);
  await dialog.getByRole('textbox').fill(copyPath);
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await page.getByTestId('file-notice').getByRole('button', { name: 'Review conflict' }).click();
  await expect(page.getByTestId('conflict-panel').getByTestId('conflict-card')).toBeVisible();
  expect(await seriousViolations(page, page.locator('body'))).toEqual([]);
  // Closed with its ×, the panel leaves the focus on the map (the notice that opened it is gone), not on the page.
  await page.getByRole('button', { name: 'Close conflicts' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('conflict-panel')).toBeHidden();
  await expect(page.getByTestId('canvas')).toBeFocused();
});

/** What shows that an element has the focus: its outline, or the box-shadow ring the app draws instead. */
function focusMark(page: Page): Promise<{ name: string; outline: string; shadow: string }> {
  return page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    const el = w.document.activeElement!;
    const s = w.getComputedStyle(el);
    return {
      name: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`,
      outline: s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
      shadow: s.boxShadow,
    };
  });
}

test('focus is visible on the controls the Tab key reaches, also in forced colours (high contrast)', async ({ page }) => {
  test.slow(); // dozens of key presses, each checked in the page
  await open(page, createSampleDocument());
  const advisor = new AdvisorPage(page);
  await advisor.select('Validate network alerts');
  // From the top (file bar, toolbar), from the readiness panel, and through the inspector.
  const starts = [page.locator('body'), page.getByRole('button', { name: /Readiness/ }).first(), advisor.field('Statement')];
  for (const forced of [false, true]) {
    await page.emulateMedia({ forcedColors: forced ? 'active' : 'none' });
    const unmarked: string[] = [];
    for (const start of starts) {
      await start.focus();
      for (let i = 0; i < 14; i++) {
        await page.keyboard.press('Tab');
        const mark = await focusMark(page);
        if (mark.name.startsWith('body')) continue; // past the last control, before the first again
        // Forced colours drop box-shadows: only an outline shows there.
        if (mark.outline === 'none' && (forced || mark.shadow === 'none')) unmarked.push(mark.name);
      }
    }
    expect(unmarked, forced ? 'forced colours' : 'normal colours').toEqual([]);
  }
  // The selected node stays marked in forced colours (its usual mark is a coloured shadow).
  const selected = page.locator('.mc-node.is-selected');
  expect(await selected.evaluate((el) => (globalThis as unknown as PageGlobals).getComputedStyle(el).outlineStyle)).toBe('solid');
});

test('at 200 % zoom (a 1280 × 800 window is then 640 × 400) the map, the readiness panel and the inspector all have room', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  const { canvas } = await open(page, createSampleDocument());
  expect((await canvas.canvas.boundingBox())!.width).toBeGreaterThanOrEqual(600);
  for (const name of ['Readiness', 'Inspector']) {
    const panel = page.getByRole('complementary', { name });
    await panel.scrollIntoViewIfNeeded();
    await expect(panel).toBeInViewport();
    expect((await panel.boundingBox())!.width, name).toBeGreaterThanOrEqual(280);
  }
  // The last file and toolbar buttons are reachable, not cut off.
  const importReview = page.getByRole('navigation', { name: 'File' }).getByRole('button', { name: 'Import Review…' });
  await importReview.scrollIntoViewIfNeeded();
  await expect(importReview).toBeInViewport();
});

/** WCAG contrast of an element's text with the first solid background behind it (axe leaves text on transformed canvas nodes unchecked). */
function contrastOf(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const w = globalThis as unknown as PageGlobals;
    const rgb = (c: string) => (/rgba?\(([^)]+)\)/.exec(c)?.[1] ?? '0,0,0').split(',').map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.slice(0, 3).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    type Up = { parentElement: Up | null };
    let back: Up | null = el as unknown as Up;
    while (back && rgb(w.getComputedStyle(back).backgroundColor)[3] === 0) back = back.parentElement;
    const [a, b] = [lum(rgb(w.getComputedStyle(el).color)), lum(rgb(back ? w.getComputedStyle(back).backgroundColor : 'rgb(255,255,255)'))];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

test('an optional skill and a draft credential: the quiet "Optional", "No credits yet" and "Draft" on their nodes have 4.5:1 contrast', async ({ page }) => {
  await open(page, makeMap({ entities: [makeSkill({ importance: 'optional', statement: 'Write SQL queries' }), makeCredential({ title: 'Data Wrangling' })] }));
  const quiet = page.getByTestId('canvas').locator('.mc-fact--muted');
  await expect(quiet).toHaveText(['Optional', 'No credits yet', 'Draft']);
  for (const fact of await quiet.all()) expect(await contrastOf(fact), (await fact.textContent()) ?? '').toBeGreaterThanOrEqual(4.5);
});

test('the Readiness counts that are zero are quieter but still 4.5:1, not faded out', async ({ page }) => {
  await open(page, makeMap({ entities: [makeSkill({ statement: 'Write SQL queries' }), makeCredential({ title: 'Data Wrangling' })] }));
  const zero = page.locator('.rd-count--zero');
  await expect(zero.first()).toBeVisible();
  for (const count of await zero.all()) {
    const opacity = await count.evaluate((el) => {
      const w = globalThis as unknown as PageGlobals;
      type Up = { parentElement: Up | null };
      let product = 1;
      for (let e: Up | null = el as unknown as Up; e; e = e.parentElement) product *= Number(w.getComputedStyle(e).opacity);
      return product;
    });
    expect(opacity).toBe(1);
    expect(await contrastOf(count)).toBeGreaterThanOrEqual(4.5);
  }
});
