import { expect, type Locator, type Page } from '@playwright/test';
import { ReviewPage } from './review';
import { RevisionsPage } from './revisions';

/**
 * The whole review cycle as a user goes through it: the Export dialog (Word specification,
 * recorded as a revision), File ▸ Import Review…, the Review panel, the inspector's comments
 * and "Status and approvals", the Revisions panel, and File ▸ Save. Built from the Revisions
 * and Review page objects, which hold the selectors of each part.
 */
export class ReviewCyclePage extends RevisionsPage {
  readonly review: ReviewPage;

  constructor(page: Page) {
    super(page);
    this.review = new ReviewPage(page);
  }

  get fileBar(): Locator {
    return this.page.getByRole('navigation', { name: 'File' });
  }

  get exportDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Export' });
  }

  /** The inspector's comment threads of the selected record. */
  get comments(): Locator {
    return this.panel.getByRole('region', { name: 'Comments' });
  }

  /**
   * Export ▸ Word specification of one credential to `path`, with "Record this export as a
   * revision" left ticked and the revision named `name`.
   */
  async exportSpecification(credential: string, path: string, name: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+e');
    const dialog = this.exportDialog;
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: /Word specification/ }).check();
    const pick = dialog.getByLabel('Micro-credential', { exact: true });
    await pick.selectOption({ label: credential });
    await expect(pick.locator('option:checked')).toHaveText(credential);
    const record = dialog.getByRole('checkbox', { name: 'Record this export as a revision' });
    await expect(record).toBeChecked();
    // The suggestion names the credential and the day; the user types a name of their own.
    await expect(dialog.getByLabel('Revision name')).toHaveValue(new RegExp(`^${credential} sent for review, `));
    await dialog.getByLabel('Revision name').fill(name);
    await dialog.getByLabel('Export to').fill(path);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByRole('status')).toContainText(`Exported to ${path}`, { timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
  }

  /** File ▸ Import Review… (the File bar's button) and the returned copy chosen with the file input. */
  async chooseReview(file: string): Promise<Locator> {
    await this.review.openDialog();
    await this.review.dialog.locator('input[type=file]').setInputFiles(file);
    const summary = this.review.dialog.getByTestId('review-summary');
    await expect(summary).toBeVisible({ timeout: 30_000 });
    return summary;
  }

  /** One fact of the import summary ("Reviewers", "Holds", "Made from"). */
  fact(summary: Locator, term: string): Locator {
    return summary.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  }

  /** The Accept or Reject button of a proposal (its accessible name says whose change to what). */
  decision(proposal: Locator, verb: 'Accept' | 'Reject'): Locator {
    return proposal.getByRole('button', { name: new RegExp(`^${verb} `) });
  }

  /** File ▸ Save, with the File bar's button (Ctrl+S is the same action). */
  async save(): Promise<void> {
    await this.fileBar.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.saveState).toHaveText('Saved');
  }
}
