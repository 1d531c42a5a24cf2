import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The inspector panel as a user sees it: select a node by clicking its text on the map,
 * then find fields by their labels, inline messages by the field's description, and the
 * lists of linked records by their titles.
 */
export class InspectorPage {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Inspector' });
  }

  get canvas(): Locator {
    return this.page.getByTestId('canvas');
  }

  get title(): Locator {
    return this.panel.locator('.insp-header .insp-title');
  }

  get kind(): Locator {
    return this.panel.locator('.insp-header .insp-kind');
  }

  get lastEdited(): Locator {
    return this.panel.locator('.insp-header .insp-edited');
  }

  /** "Saved" or "Edited", from the status bar: the map is unchanged while it says "Saved". */
  get saveState(): Locator {
    return this.page.getByTestId('save-state');
  }

  /** A node on the map, by its whole title (a node names itself with it). */
  node(text: string): Locator {
    return this.canvas.locator('.react-flow__node').filter({ has: this.page.getByTitle(text, { exact: true }) });
  }

  async open(url: string): Promise<void> {
    // The first-run welcome (asking for the user's name) may appear at any time; wave it off.
    const welcome = this.page.getByRole('dialog', { name: 'Welcome to Micro-Credential Studio' });
    await this.page.addLocatorHandler(welcome, async () => {
      await welcome.getByRole('button', { name: 'Not now' }).click();
    });
    await this.page.goto(url);
    await expect(this.canvas.locator('.react-flow__node').first()).toBeVisible();
    await expect(this.panel).toBeVisible();
  }

  /** Selects an entity as a user does: one click on its text on the map. */
  async select(text: string): Promise<void> {
    await this.node(text).getByText(text, { exact: true }).first().click();
    await expect(this.title).toHaveText(text);
  }

  /** Clicks empty canvas: nothing selected, the map's settings show. */
  async selectNothing(): Promise<void> {
    await this.canvas.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await expect(this.panel.getByText('Select an item on the map to edit it')).toBeVisible();
  }

  field(label: string): Locator {
    return this.panel.getByLabel(label, { exact: true });
  }

  /** Replaces a field's text as typing would (each keystroke commits). */
  async type(label: string, text: string): Promise<void> {
    const f = this.field(label);
    await f.click();
    await f.press('ControlOrMeta+a');
    await f.press('Delete');
    await f.pressSequentially(text, { delay: 15 });
  }

  /** Puts text in a field in one change, as pasting does. */
  async fill(label: string, text: string): Promise<void> {
    await this.field(label).fill(text);
  }

  /** Leaves the field the way a user would, so its history step is sealed. */
  async leave(label: string): Promise<void> {
    await this.field(label).press('Tab');
  }

  async expectMessage(label: string, message: string | RegExp): Promise<void> {
    await expect(this.field(label)).toHaveAttribute('aria-invalid', 'true');
    await expect(this.field(label)).toHaveAccessibleDescription(message);
  }

  async expectNoMessage(label: string): Promise<void> {
    await expect(this.field(label)).not.toHaveAttribute('aria-invalid', 'true');
    await expect(this.field(label)).not.toHaveAttribute('aria-describedby', /-error/);
  }

  section(title: string): Locator {
    return this.panel.locator('details.insp-section').filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  /** A read-only list of linked records (learning outcomes, linked assessments, stacks into…). */
  linked(title: string): Locator {
    return this.panel.getByRole('group', { name: title, exact: true }).getByRole('listitem');
  }

  checkbox(name: string): Locator {
    return this.panel.getByRole('checkbox', { name, exact: true });
  }

  async undo(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+z');
  }

  async redo(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+z');
  }
}
