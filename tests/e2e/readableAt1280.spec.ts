import { expect, test, type Locator, type Page } from '@playwright/test';
import { serialiseDocument } from '../../shared/format';
import type { McredDocument } from '../../shared/model';
import { createSampleDocument } from '../../shared/sample';
import { CanvasPage } from './pages/CanvasPage';
import { useHostPerTest } from './support/browserHost';

/**
 * Text that must stay readable in a 1280 px window (the size the review was done at):
 * node titles at Fit Map, and whatever the panels and the toolbar squeeze.
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
