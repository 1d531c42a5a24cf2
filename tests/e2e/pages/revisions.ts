import { expect, type Locator, type Page } from '@playwright/test';
import { InspectorPage } from './inspector';

/**
 * Named revisions and approval records as a user sees them: Mark Revision… and Revisions
 * from the command palette, the Revisions panel (rows, comparison, changed marks on the
 * map) and the inspector's "Status and approvals" with its Record Step dialog.
 */
export class RevisionsPage extends InspectorPage {
  constructor(page: Page) {
    super(page);
  }

  /** Runs a command by typing its name into the palette, as a keyboard user does. */
  async command(query: string, label: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+k');
    const palette = this.page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Command' }).fill(query);
    await palette.getByRole('option', { name: label }).click();
    await expect(palette).toBeHidden();
  }

  async markRevision(name: string): Promise<void> {
    await this.command('revision', 'Mark Revision…');
    const dialog = this.page.getByRole('dialog', { name: 'Mark Revision' });
    await expect(dialog.getByLabel('Name')).toHaveValue(/^Revision \d{1,2} \w{3} \d{4}$/);
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Mark revision' }).click();
    await expect(dialog).toBeHidden();
  }

  get revisions(): Locator {
    return this.page.getByRole('complementary', { name: 'Revisions' });
  }

  get rows(): Locator {
    return this.revisions.getByTestId('revision-row');
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async openRevisions(): Promise<void> {
    if (await this.revisions.isVisible()) return;
    await this.command('revisions', 'Revisions');
    await expect(this.revisions).toBeVisible();
  }

  /** Ticks a version for the comparison: a revision's name, or "Now". */
  pick(name: string): Locator {
    return this.revisions.getByRole('checkbox', { name, exact: true });
  }

  get comparison(): Locator {
    return this.revisions.getByTestId('revision-comparison');
  }

  get changes(): Locator {
    return this.comparison.getByTestId('revision-change');
  }

  /** Nodes marked "Changed" on the map. */
  get changedNodes(): Locator {
    return this.canvas.locator('.react-flow__node').filter({ has: this.page.getByRole('img', { name: 'Changed in the compared versions' }) });
  }

  get approvals(): Locator {
    return this.section('Status and approvals');
  }

  get approvalRecords(): Locator {
    return this.approvals.getByTestId('approval-record');
  }

  get stepDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Record Approval Step' });
  }

  /** Record step… → pick the step → (decisions) fill the body and minute → Record step. */
  async recordStep(step: string, decision?: { body: string; minute?: string }): Promise<void> {
    await this.approvals.getByRole('button', { name: 'Record step…' }).click();
    const dialog = this.stepDialog;
    await dialog.getByRole('radio', { name: new RegExp(`^${step}`) }).check();
    if (decision) {
      await dialog.getByLabel(/^Body/).fill(decision.body);
      if (decision.minute) await dialog.getByLabel(/^Minute reference/).fill(decision.minute);
    }
    await dialog.getByRole('button', { name: 'Record step' }).click();
    await expect(dialog).toBeHidden();
  }
}
