import { expect, type Locator, type Page } from '@playwright/test';
import type { EntityKind } from '../../../shared/model';

const CREATE_LABEL: Record<EntityKind, string> = {
  skill: 'New skill',
  outcome: 'New outcome',
  assessment: 'New assessment',
  activity: 'New activity',
  credential: 'New micro-credential',
  program: 'New program',
};

/** The map workspace as a user sees it: toolbar, canvas nodes and links, notices, search, focus mode. */
export class CanvasPage {
  constructor(readonly page: Page) {}

  get canvas(): Locator {
    return this.page.getByTestId('canvas');
  }

  get nodes(): Locator {
    return this.canvas.locator('.react-flow__node');
  }

  get edges(): Locator {
    return this.canvas.locator('.react-flow__edge');
  }

  nodesOfKind(kind: EntityKind): Locator {
    return this.canvas.locator(`.react-flow__node-${kind}`);
  }

  /** The node whose title is exactly `title`. */
  node(title: string): Locator {
    const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.nodes.filter({ has: this.page.locator('.mc-node__title', { hasText: exact }) });
  }

  /**
   * How many entities of a kind (or links) the map holds, from the status bar: with big maps
   * the canvas renders only the nodes in view, so counting DOM nodes would miss some.
   */
  async count(kind: EntityKind | 'link'): Promise<number> {
    const text = (await this.page.getByTestId(`status-count-${kind}`).textContent()) ?? '';
    return Number(/\d+/.exec(text)?.[0] ?? NaN);
  }

  /** Number of selected items, from the status bar. */
  async selectedCount(): Promise<number> {
    const text = (await this.page.getByTestId('status-selection').textContent()) ?? '';
    return Number(/\d+/.exec(text)?.[0] ?? 0);
  }

  /** Total entities of every kind and links, from the status bar. */
  async totals(): Promise<{ entities: number; links: number }> {
    let entities = 0;
    for (const k of ['skill', 'outcome', 'assessment', 'activity', 'credential', 'program'] as const) entities += await this.count(k);
    return { entities, links: await this.count('link') };
  }

  get selectedNodes(): Locator {
    return this.canvas.locator('.react-flow__node.selected');
  }

  get notice(): Locator {
    return this.page.getByTestId('canvas-notice');
  }

  get focusBar(): Locator {
    return this.page.getByTestId('focus-bar');
  }

  get saveState(): Locator {
    return this.page.getByTestId('save-state');
  }

  async waitReady(): Promise<void> {
    await expect(this.canvas).toBeVisible();
    await expect(this.page.getByRole('toolbar', { name: 'Map tools' })).toBeVisible();
  }

  async create(kind: EntityKind): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: CREATE_LABEL[kind], exact: true }).click();
  }

  /** Drags from the right-hand handle of `from` to the left-hand handle of `to`, as a user draws a link. */
  async connect(from: Locator, to: Locator, sides: { from: 'left' | 'right'; to: 'left' | 'right' } = { from: 'right', to: 'left' }): Promise<void> {
    await from.hover();
    const start = await this.centre(from.locator(`.react-flow__handle-${sides.from}`));
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await to.hover({ force: true });
    const end = await this.centre(to.locator(`.react-flow__handle-${sides.to}`));
    await this.page.mouse.move(end.x, end.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Drags a node by its title by (dx, dy) screen pixels. */
  async drag(node: Locator, dx: number, dy: number): Promise<void> {
    const box = await this.centre(node.locator('.mc-node__title'));
    await this.page.mouse.move(box.x, box.y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + dx, box.y + dy, { steps: 10 });
    await this.page.mouse.up();
  }

  /** The node's position on the map (React Flow's translate), not on screen. */
  async mapPosition(node: Locator): Promise<{ x: number; y: number }> {
    const transform = (await node.getAttribute('style')) ?? '';
    const m = /translate\(\s*(-?[\d.]+)px\s*,\s*(-?[\d.]+)px\s*\)/.exec(transform);
    if (!m) throw new Error(`unexpected node transform "${transform}"`);
    return { x: Number(m[1]), y: Number(m[2]) };
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  async undo(): Promise<void> {
    await this.press('ControlOrMeta+z');
  }

  async redo(): Promise<void> {
    await this.press('ControlOrMeta+Shift+z');
  }

  async search(text: string): Promise<void> {
    await this.press('ControlOrMeta+f');
    await this.page.keyboard.type(text);
  }

  get searchResults(): Locator {
    return this.page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  }

  async focusOn(credentialTitle: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Focus on credential' }).selectOption({ label: credentialTitle });
  }

  async fit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Fit Map' }).click();
    await this.waitForStillView();
  }

  /** Waits until the view has stopped moving (fit and focus animate), so positions on screen hold. */
  async waitForStillView(): Promise<void> {
    const viewport = this.canvas.locator('.react-flow__viewport');
    let last = '';
    await expect
      .poll(async () => {
        const now = (await viewport.getAttribute('style')) ?? '';
        const still = now === last;
        last = now;
        return still;
      }, { intervals: [100, 100, 100, 150, 200] })
      .toBe(true);
  }

  private async centre(locator: Locator): Promise<{ x: number; y: number }> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('element is not on screen');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
}
