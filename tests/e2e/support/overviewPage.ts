import type { Locator, Page } from '@playwright/test';
import type { EntityKind } from '../../../shared/model';

/** The read-only map overview and the load-problems view, as a user sees them. */
export class OverviewPage {
  constructor(readonly page: Page) {}

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get source(): Locator {
    return this.page.getByTestId('map-source');
  }

  count(kind: EntityKind | 'link'): Locator {
    return this.page.getByTestId(`count-${kind}`);
  }

  get credentialRows(): Locator {
    return this.page.getByTestId('credential-row');
  }

  get problems(): Locator {
    return this.page.getByRole('alert').getByRole('listitem');
  }
}
