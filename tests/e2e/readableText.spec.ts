import { expect, test, type Locator, type Page } from '@playwright/test';
import { serialiseDocument } from '../../shared/format';
import type { McredDocument } from '../../shared/model';
import { createSampleDocument } from '../../shared/sample';
import { update } from '../unit/analysis/helpers';
import { reviewedSample } from '../unit/review-ui/reviewFixture';
import { CanvasPage } from './pages/CanvasPage';
import { ReviewPage } from './pages/review';
import { useHostPerTest } from './support/browserHost';

/**
 * Text that must stay readable in small windows (1280 px, where the review found it cut, and
 * 1024 px): node titles at Fit Map, and what the panels and the toolbar squeeze.
 */
const session = useHostPerTest();

async function open(page: Page, doc: McredDocument): Promise<CanvasPage> {
  const file = await session.folder.write('map.mcred', serialiseDocument(doc));
  const host = await session.start([file, '--data-dir', await session.folder.dataDir()]);
  await page.goto(host.url);
  const canvas = new CanvasPage(page);
  await canvas.waitReady();
  return canvas;
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
interface TextNode {
  textContent: string;
}
interface RangeGlobals {
  document: { createRange(): { setStart(node: TextNode, at: number): void; setEnd(node: TextNode, at: number): void; getBoundingClientRect(): Box } };
}

/**
 * For each element, how many lines of its text can be seen and how many characters they
 * hold: the characters whose box lies inside the element's box (a clamped title hides the
 * rest below it).
 */
function visibleText(elements: Locator): Promise<{ text: string; lines: number; chars: number }[]> {
  return elements.evaluateAll((els) =>
    els.map((el) => {
      const e = el as unknown as { getBoundingClientRect(): Box; firstChild: TextNode | null; textContent: string };
      const d = (globalThis as unknown as RangeGlobals).document;
      const box = e.getBoundingClientRect();
      const node = e.firstChild;
      const tops = new Set<number>();
      let chars = 0;
      for (let i = 0; node && i < node.textContent.length; i++) {
        const range = d.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        if (r.bottom > box.bottom + 0.5 || r.right > box.right + 0.5) continue;
        chars++;
        tops.add(Math.round(r.top));
      }
      return { text: e.textContent, lines: tops.size, chars };
    }),
  );
}

test('at Fit Map in a 1280 px window the example’s node titles show two lines, not eight letters', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 820 });
  const canvas = await open(page, createSampleDocument());
  await canvas.fit();
  const titles = await visibleText(canvas.canvas.locator('.mc-node__title'));
  expect(titles.length).toBeGreaterThan(30);
  // Titles long enough to need two lines get them (one line held about 8 characters).
  const long = titles.filter((t) => t.text.length >= 24);
  expect(long.filter((t) => t.lines < 2)).toEqual([]);
  const chars = titles.map((t) => t.chars).sort((a, b) => a - b);
  expect(chars[Math.floor(chars.length / 2)]).toBeGreaterThanOrEqual(15);
});

const LONG_TITLE = 'Cybersecurity Operations: Incident Response and Threat Intelligence Fundamentals';

test('in the readiness panel at its narrowest (260 px) a long credential title stays clear of its score, whole for screen readers and on hover', async ({ page }) => {
  let doc = reviewedSample();
  const credential = Object.values(doc.entities).find((e) => e.kind === 'credential')!;
  doc = update(doc, credential.id, { title: LONG_TITLE });
  // At 1024 px with the Review panel open, the readiness panel gives way to its minimum width.
  await page.setViewportSize({ width: 1024, height: 768 });
  await open(page, doc);
  await new ReviewPage(page).chip.click();
  const readiness = page.getByRole('complementary', { name: 'Readiness' });
  expect((await readiness.boundingBox())!.width).toBe(260);

  const section = readiness.getByRole('region', { name: LONG_TITLE });
  const title = section.locator('.rd-section__title');
  const score = section.getByRole('img', { name: `Readiness of ${LONG_TITLE}: 100 of 100` });
  await expect(title).toHaveAttribute('title', LONG_TITLE);
  await expect(section.getByRole('button', { name: new RegExp(`^${LONG_TITLE}`) })).toBeVisible();
  // Where the title's letters are drawn: none to the right of the score's left edge, none outside the title's box.
  const text = await title.evaluate((el) => {
    const e = el as unknown as { getBoundingClientRect(): Box; firstChild: TextNode; scrollWidth: number; clientWidth: number };
    const range = (globalThis as unknown as RangeGlobals).document.createRange();
    range.setStart(e.firstChild, 0);
    range.setEnd(e.firstChild, e.firstChild.textContent.length);
    return { right: range.getBoundingClientRect().right, overflow: e.scrollWidth - e.clientWidth };
  });
  const badge = (await score.boundingBox())!;
  expect(text.right).toBeLessThanOrEqual(badge.x);
  expect(text.overflow).toBeLessThanOrEqual(0);
});

test('the search box’s placeholder is whole at 1280 and 1024 px, and the box is still named "Search the map"', async ({ page }) => {
  await open(page, createSampleDocument());
  const search = page.getByRole('combobox', { name: 'Search the map' });
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 820 });
    const fit = await search.evaluate((el) => {
      const input = el as unknown as { placeholder: string; clientWidth: number };
      const w = globalThis as unknown as {
        getComputedStyle(e: unknown): { font: string; paddingLeft: string; paddingRight: string };
        document: { createElement(tag: 'canvas'): { getContext(kind: '2d'): { font: string; measureText(text: string): { width: number } } } };
      };
      const style = w.getComputedStyle(el);
      const context = w.document.createElement('canvas').getContext('2d');
      context.font = style.font;
      return { text: context.measureText(input.placeholder).width, room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
    });
    expect(fit.text, `at ${width} px`).toBeLessThanOrEqual(fit.room);
  }
});
