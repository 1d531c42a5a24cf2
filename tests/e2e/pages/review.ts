import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Import Review and the Review panel as a user sees them: the dialog (file input, summary,
 * error), the status bar's count of proposed changes, the panel's records and proposals
 * with Accept / Reject, the Open / All filter, Not placed and Imports.
 */
export class ReviewPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import review' });
  }

  get dialogError(): Locator {
    return this.dialog.getByTestId('review-import-error');
  }

  get chip(): Locator {
    return this.page.getByTestId('review-chip');
  }

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Review' });
  }

  get proposals(): Locator {
    return this.panel.getByTestId('proposal');
  }

  /** The record's section in the panel (by entity id). */
  record(id: string): Locator {
    return this.panel.locator(`[data-testid="review-record"][data-record="${id}"]`);
  }

  /** The proposal on one record's field. */
  proposal(record: string, field: string): Locator {
    return this.record(record).locator(`[data-testid="proposal"][data-field="${field}"]`);
  }

  async showAll(): Promise<void> {
    await this.panel.getByRole('radio', { name: 'All' }).check();
  }

  async showOpen(): Promise<void> {
    await this.panel.getByRole('radio', { name: 'Open' }).check();
  }

  /** Opens the dialog with the File bar's button (the browser's stand-in for File ▸ Import Review…). */
  async openDialog(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'File' }).getByRole('button', { name: 'Import Review…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Drops a file on the window as the desktop would (a DataTransfer holding one File). Page code as text: the e2e typecheck has no DOM. */
  async drop(name: string, bytes: readonly number[]): Promise<void> {
    await this.page.evaluate(`(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(${JSON.stringify(bytes)})], ${JSON.stringify(name)}));
      for (const type of ['dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    })()`);
  }
}
