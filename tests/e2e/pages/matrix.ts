import { expect, type Locator, type Page } from '@playwright/test';

/** The coverage matrix as a user sees it: the Map | Matrix switch, the four grids, the credential filter. */
export class MatrixPage {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.getByRole('region', { name: 'Matrix' });
  }

  get grid(): Locator {
    return this.view.getByRole('grid');
  }

  viewTab(name: 'Map' | 'Matrix'): Locator {
    return this.page.getByRole('tablist', { name: 'View' }).getByRole('tab', { name, exact: true });
  }

  async show(): Promise<void> {
    await this.viewTab('Matrix').click();
    await expect(this.grid).toBeVisible();
  }

  async showMap(): Promise<void> {
    await this.viewTab('Map').click();
    await expect(this.page.getByTestId('canvas')).toBeVisible();
  }

  tab(name: 'Skills × outcomes' | 'Outcomes × assessments' | 'Activities × outcomes' | 'Outcomes × credentials'): Locator {
    return this.view.getByRole('tablist', { name: 'Matrix' }).getByRole('tab', { name });
  }

  /** A cell by its row and column labels, whatever its state (e.g. `cell('Skill Validate network alerts', 'Outcome LO3')`). */
  cell(row: string, col: string): Locator {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.grid.getByRole('gridcell', { name: new RegExp(`^${esc(row)} × ${esc(col)}: `) });
  }

  get credentialFilter(): Locator {
    return this.view.getByRole('combobox', { name: 'Credential' });
  }
}
