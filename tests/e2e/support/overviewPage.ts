import type { Locator, Page } from '@playwright/test';
import type { EntityKind } from '../../../shared/model';

/** What an opened map shows at a glance (file bar and status bar), and the load-problems view. */
export class OverviewPage {
  constructor(readonly page: Page) {}

  /** The map title, as the status bar shows it. */
  get title(): Locator {
    return this.page.locator('.status-bar__title');
  }

  /** Where the map comes from: its path, or "Built-in example (not saved)". */
  get source(): Locator {
    return this.page.getByTestId('file-location');
  }

  /** "14 skills", "63 links" … in the status bar. */
  count(kind: EntityKind | 'link'): Locator {
    return this.page.getByTestId(`status-count-${kind}`);
  }

  get problems(): Locator {
    return this.page.getByRole('alert').getByRole('listitem');
  }
}
