import { expect, test } from '@playwright/test';
import { useCanvasSession } from './support/canvasSession';

const { openEmptyMap, openExample } = useCanvasSession();

test('creates a skill, an outcome and an assessment, links them by dragging, and undoes and redoes every step', async ({ page }) => {
  const map = await openEmptyMap(page);
  await expect(map.nodes).toHaveCount(0);

  await map.create('skill');
  await expect(map.nodesOfKind('skill')).toHaveCount(1);
  await expect(map.selectedNodes).toHaveCount(1);
  await map.create('outcome');
  await map.create('assessment');
  await expect(map.nodes).toHaveCount(3);
  await expect(map.selectedNodes).toHaveText(/New assessment/);
  // The inspector shows what was just created.
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText(/assessment/i);
  await map.fit();

  await map.connect(map.nodesOfKind('skill'), map.nodesOfKind('outcome'));
  await expect(map.edges).toHaveCount(1);
  await expect(map.canvas.locator('.mc-edge-label--addresses text')).toHaveText('I');
  await map.connect(map.nodesOfKind('outcome'), map.nodesOfKind('assessment'));
  await expect(map.edges).toHaveCount(2);
  await expect(map.saveState).toHaveText('Edited');

  // Five steps back: two links, then three entities.
  for (const [entities, links] of [
    [3, 1],
    [3, 0],
    [2, 0],
    [1, 0],
    [0, 0],
  ] as const) {
    await map.undo();
    await expect.poll(() => map.totals()).toEqual({ entities, links });
  }
  await expect(map.nodes).toHaveCount(0);
  // And forward again.
  for (const [entities, links] of [
    [1, 0],
    [2, 0],
    [3, 0],
    [3, 1],
    [3, 2],
  ] as const) {
    await map.redo();
    await expect.poll(() => map.totals()).toEqual({ entities, links });
  }
  await map.fit();
  await expect(map.nodes).toHaveCount(3);
  await expect(map.edges).toHaveCount(2);
});

test('refuses a link the model does not allow, with the reason, and draws nothing', async ({ page }) => {
  const map = await openEmptyMap(page);
  await map.create('skill');
  await map.create('outcome');
  await map.create('assessment');
  await map.fit();
  await map.connect(map.nodesOfKind('skill'), map.nodesOfKind('assessment'));
  await expect(map.notice).toBeVisible();
  await expect(map.notice).toContainText(/an "addresses" link goes from a skill to an outcome/i);
  await expect(map.notice).toContainText('this would join a skill to an assessment');
  await expect(map.edges).toHaveCount(0);
});

test('dragging either way draws the link in the direction its kind allows', async ({ page }) => {
  const map = await openEmptyMap(page);
  await map.create('outcome');
  await map.create('activity');
  await map.fit();
  // From the outcome to the activity: an activity develops an outcome, so the link is activity → outcome.
  await map.connect(map.nodesOfKind('outcome'), map.nodesOfKind('activity'), { from: 'right', to: 'left' });
  await expect(map.edges).toHaveCount(1);
  await expect(map.canvas.locator('.mc-edge--develops')).toHaveCount(1);
});

test('a drag is one step: undo puts the node back where it was', async ({ page }) => {
  const map = await openExample(page);
  const node = map.node('Cloud Security Fundamentals');
  const before = await map.mapPosition(node);
  await map.drag(node, 120, 60);
  await expect(map.saveState).toHaveText('Edited');
  const after = await map.mapPosition(node);
  expect(after.x).toBeGreaterThan(before.x);
  expect(after.y).toBeGreaterThan(before.y);
  await map.undo();
  await expect.poll(() => map.mapPosition(node)).toEqual(before);
  await map.redo();
  await expect.poll(() => map.mapPosition(node)).toEqual(after);
});

test('deletes a node with its links, and undo brings both back', async ({ page }) => {
  const map = await openExample(page);
  const before = await map.totals();
  await map.node('Cloud Security Fundamentals').click();
  await expect(map.selectedNodes).toHaveCount(1);
  await map.press('Delete');
  await expect.poll(async () => (await map.totals()).entities).toBe(before.entities - 1);
  await expect(map.node('Cloud Security Fundamentals')).toHaveCount(0);
  expect((await map.totals()).links).toBeLessThan(before.links);
  await map.undo();
  await expect.poll(() => map.totals()).toEqual(before);
  await expect(map.node('Cloud Security Fundamentals')).toHaveCount(1);
});

test('search finds an entity by text and brings its node into view, selected', async ({ page }) => {
  const map = await openExample(page);
  await map.search('executive briefing');
  await expect(map.searchResults).toHaveCount(1);
  await expect(map.searchResults.first()).toContainText(/executive briefing/i);
  await map.press('Enter');
  const chosen = map.selectedNodes;
  await expect(chosen).toHaveCount(1);
  await expect(chosen).toContainText(/executive briefing/i);
  await expect(chosen).toBeInViewport({ ratio: 0.95 });
});

test('focus mode shows one credential’s neighbourhood until "Show all"', async ({ page }) => {
  const map = await openExample(page);
  await map.fit();
  const all = await map.nodes.count();
  await map.focusOn('Cloud Security Fundamentals');
  await expect(map.focusBar).toContainText('Showing: Cloud Security Fundamentals');
  await map.fit();
  await expect.poll(() => map.nodes.count()).toBeLessThan(all);
  await expect(map.node('Cloud Security Fundamentals')).toHaveCount(1);
  // The credential it requires and the program it stacks into are part of its neighbourhood.
  await expect(map.node('Cybersecurity Analyst Professional Certificate')).toHaveCount(1);
  await expect(map.node('B.S. in Cybersecurity')).toHaveCount(1);
  // Outcomes of the other credential are not.
  await expect(map.nodesOfKind('outcome')).toHaveCount(3);
  await map.focusBar.getByRole('button', { name: 'Show all' }).click();
  await expect(map.focusBar).toHaveCount(0);
  await map.fit();
  await expect(map.nodes).toHaveCount(all);
});

test('links keep their ends after the map was seen from far out (nodes drawn as plain cards)', async ({ page }) => {
  const map = await openExample(page);
  for (let i = 0; i < 10; i++) await map.press('ControlOrMeta+-');
  await map.waitForStillView();
  await expect(map.canvas).toHaveClass(/canvas--far/);
  const linksShownFar = await map.edges.count();
  expect(linksShownFar).toBe(await map.count('link'));
  await map.focusOn('Cloud Security Fundamentals');
  await map.fit();
  await expect(map.canvas).not.toHaveClass(/canvas--far/);
  await expect.poll(() => map.edges.count()).toBeGreaterThan(10);
});
