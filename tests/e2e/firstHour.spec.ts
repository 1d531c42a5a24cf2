import { expect, test, type Locator, type Page } from '@playwright/test';
import { serialiseDocument } from '../../shared/format';
import type { Assessment, McredDocument } from '../../shared/model';
import { createSampleDocument } from '../../shared/sample';
import { apply, makeAssessment, makeCredential, makeLink, makeMap, makeOutcome, makeSkill } from '../helpers/builders';
import { cleanMap, update } from '../unit/analysis/helpers';
import { AdvisorPage } from './pages/advisor';
import { CanvasPage } from './pages/CanvasPage';
import { MatrixPage } from './pages/matrix';
import { ReadinessPage } from './pages/readiness';
import { useHostPerTest } from './support/browserHost';
import type { PageGlobals } from './support/pageGlobals';

/** The "Bugs seen" of issue #14 (a designer's first hour), one test each. */
const session = useHostPerTest();

async function open(page: Page, doc: McredDocument, name = 'map.mcred'): Promise<CanvasPage> {
  const file = await session.folder.write(name, serialiseDocument(doc));
  const host = await session.start([file, '--data-dir', await session.folder.dataDir()]);
  await page.goto(host.url);
  const canvas = new CanvasPage(page);
  await canvas.waitReady();
  return canvas;
}

/** The computed text and background colours of an element. */
function colours(locator: Locator): Promise<{ color: string; background: string }> {
  return locator.evaluate((el) => {
    const s = (globalThis as unknown as PageGlobals).getComputedStyle(el);
    return { color: s.color, background: s.backgroundColor };
  });
}

const ACCENT = 'rgb(47, 95, 167)';

test('"Endorse…" and an enabled "Comment" are white on the accent colour, not white on white', async ({ page }) => {
  await open(page, createSampleDocument());
  const advisor = new AdvisorPage(page);
  await advisor.select('Validate network alerts');
  const endorse = advisor.panel.getByRole('button', { name: 'Endorse…' });
  expect(await colours(endorse)).toEqual({ color: 'rgb(255, 255, 255)', background: ACCENT });
  await advisor.commentBox.fill('Is this level right?');
  const comment = advisor.comments.getByRole('button', { name: 'Comment', exact: true });
  await expect(comment).toBeEnabled();
  expect(await colours(comment)).toEqual({ color: 'rgb(255, 255, 255)', background: ACCENT });
});

test('the Map | Matrix switch leaves the matrix’s credential picker free to click', async ({ page }) => {
  await open(page, createSampleDocument());
  const matrix = new MatrixPage(page);
  await matrix.show();
  const picker = matrix.credentialFilter;
  const tabs = (await page.getByRole('tablist', { name: 'View' }).boundingBox())!;
  for (const [name, control] of [
    ['credential picker', matrix.view.locator('label').filter({ has: page.getByRole('combobox') })],
    ['matrix tabs', matrix.view.getByRole('tablist', { name: 'Matrix' })],
  ] as const) {
    const box = (await control.boundingBox())!;
    const apart = box.x + box.width <= tabs.x || tabs.x + tabs.width <= box.x || box.y + box.height <= tabs.y || tabs.y + tabs.height <= box.y;
    expect(apart, `${name} ${JSON.stringify(box)} under the switch ${JSON.stringify(tabs)}`).toBe(true);
  }
  expect((await picker.boundingBox())!.width).toBeGreaterThan(120);
  await picker.selectOption({ label: 'Cloud Security Fundamentals' });
  await expect(picker).toHaveValue(/.+/);
});

test('a Bloom level set by hand clears the "not a verb the classifier knows" hint', async ({ page }) => {
  const doc = makeMap({ entities: [makeOutcome({ statement: 'Firewalls and routers in a small office', code: 'LO1' })] });
  await open(page, doc);
  const advisor = new AdvisorPage(page);
  await advisor.select('Firewalls and routers in a small office');
  const hint = advisor.panel.getByLabel('Bloom classification');
  await expect(hint).toContainText('is not a verb the classifier knows');
  await advisor.field('Bloom level').selectOption({ label: 'Apply' });
  await expect(hint).toHaveText('Level set by hand: Apply.');
  await expect(hint).not.toHaveClass(/insp-derived-warn/);
});

test('undo back to the saved state says "Saved", and New Map then does not ask to save', async ({ page }) => {
  const canvas = await open(page, createSampleDocument());
  const advisor = new AdvisorPage(page);
  await advisor.select('Validate network alerts');
  await advisor.type('Statement', 'Validate network alerts quickly');
  await advisor.leave('Statement');
  await expect(canvas.saveState).toHaveText('Edited');
  await canvas.canvas.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await canvas.undo();
  await expect(advisor.node('Validate network alerts')).toBeVisible();
  await expect(canvas.saveState).toHaveText('Saved');
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);

  await page.getByRole('navigation', { name: 'File' }).getByRole('button', { name: 'New Map' }).click();
  await expect(page.getByTestId('file-location')).toHaveText('Not saved yet');
  await expect(page.getByRole('dialog', { name: /^Save changes/ })).toHaveCount(0);
});

test('a new map has no readiness score yet, and the status bar agrees with the top bar that it is not saved', async ({ page }) => {
  const canvas = await open(page, createSampleDocument());
  await page.getByRole('navigation', { name: 'File' }).getByRole('button', { name: 'New Map' }).click();
  await expect(page.getByTestId('file-location')).toHaveText('Not saved yet');
  await expect(canvas.saveState).toHaveText('Not saved yet');
  const readiness = new ReadinessPage(page);
  await readiness.open();
  const score = readiness.panel.getByRole('img', { name: /^Overall readiness/ });
  await expect(score).toHaveText('—');
  await expect(score).toHaveAccessibleName(/nothing to check yet/);
});

test('wording: "the one learning activity … comes to", a node badge of "1 warning", a link titled with its ends in quotes', async ({ page }) => {
  const m = cleanMap({ settings: { profiles: [] } });
  let doc = update(m.doc, m.activity.id, { contactHours: 10, selfStudyHours: 10 });
  doc = update(doc, m.outcomes[0].id, { statement: 'Prepare a raw dataset for analysis.' });
  const assessment = m.assessments[0] as Assessment;
  doc = apply(doc, 'layout.move', { positions: { [m.outcomes[0].id]: { x: 0, y: 0 }, [assessment.id]: { x: 600, y: 0 } } });
  const canvas = await open(page, doc);
  const readiness = new ReadinessPage(page);
  await readiness.open();
  await expect(readiness.findingsOfRule('alignment/activity-hours')).toContainText(/The one learning activity of .+ comes to 20 hours/);
  const credential = canvas.nodesOfKind('credential');
  await expect(credential.getByRole('img', { name: '1 warning', exact: true })).toBeVisible();

  // Only the assessed-by link between the two placed nodes runs straight along y = 0.
  const link = canvas.edges.filter({ has: page.locator('.mc-edge--assessed-by') });
  await canvas.page.getByRole('button', { name: 'Fit Map' }).click();
  await canvas.waitForStillView();
  const advisor = new AdvisorPage(page);
  const from = (await canvas.node('Prepare a raw dataset for analysis.').boundingBox())!;
  const to = (await canvas.node(assessment.title).boundingBox())!;
  await page.mouse.click((from.x + from.width + to.x) / 2, from.y + from.height / 2);
  await expect(link.first()).toBeAttached();
  await expect(advisor.title).toHaveText(`“Prepare a raw dataset for analysis.” is assessed by “${assessment.title}”`);
});

test('Tidy keeps outcomes in the order of their codes, evenly spaced', async ({ page }) => {
  const statements = ['Present', 'Compose', 'Analyse', 'Build', 'Evaluate', 'Design'];
  const outcomes = statements.map((s, i) => makeOutcome({ code: `LO${i + 1}`, statement: `${s} a security report ${i + 1}` }));
  const skills = Array.from({ length: 9 }, (_, i) => makeSkill({ statement: `Security skill ${i}` }));
  const cred = makeCredential({ title: 'Security reporting' });
  const doc = makeMap({
    entities: [cred, ...outcomes, ...skills, makeAssessment({ title: 'Report portfolio' })],
    links: [...outcomes.map((o) => makeLink('part-of', o, cred)), ...skills.map((k, i) => makeLink('addresses', k, outcomes[(i * 4) % 6]!, { level: 'introduced' }))],
  });
  const canvas = await open(page, doc);
  await page.getByRole('button', { name: 'Tidy Layout' }).click();
  await canvas.waitForStillView();
  await expect(canvas.saveState).toHaveText('Edited');
  const ys: number[] = [];
  for (const o of outcomes) ys.push((await canvas.mapPosition(canvas.node(o.statement))).y);
  expect(ys).toEqual([...ys].sort((a, b) => a - b));
  expect(new Set(ys.slice(1).map((y, i) => y - ys[i]!)).size).toBe(1);
});

test('at Fit Map the example’s node titles are at least 11 px on screen', async ({ page }) => {
  const canvas = await open(page, createSampleDocument());
  await canvas.fit();
  const zoom = await canvas.canvas.locator('.react-flow__viewport').evaluate((el) => {
    const w = globalThis as unknown as PageGlobals;
    return new w.DOMMatrixReadOnly(w.getComputedStyle(el).transform).a;
  });
  expect(zoom).toBeLessThan(0.6);
  const fontPx = await canvas.nodes.first().locator('.mc-node__title').evaluate((el) => parseFloat((globalThis as unknown as PageGlobals).getComputedStyle(el).fontSize));
  expect(fontPx * zoom).toBeGreaterThanOrEqual(11);
});

test('at 1280 × 720 the toolbar fits: Paste rows shows an icon, and focusing the search leaves the page where it was', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, createSampleDocument());
  const toolbar = page.getByRole('toolbar', { name: 'Map tools' });
  const overflow = await toolbar.evaluate((el) => {
    const box = el as unknown as { scrollWidth: number; clientWidth: number };
    return box.scrollWidth - box.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
  // Under 1500 px the secondary buttons show only their icon: Paste rows must have one.
  const paste = toolbar.getByRole('button', { name: /^Paste rows/ });
  await expect(paste.locator('svg')).toBeVisible();
  const search = page.getByRole('combobox', { name: 'Search the map' });
  await search.focus();
  await expect(search).toBeInViewport({ ratio: 1 });
  expect((await page.getByRole('complementary', { name: 'Readiness' }).boundingBox())!.x).toBe(0);
});
