import { expect, type Locator, type Page } from '@playwright/test';

/** The readiness panel as a user sees it: overall score, counts, filters and findings by credential. */
export class ReadinessPage {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Readiness' });
  }

  get toggle(): Locator {
    return this.panel.getByRole('button', { name: /Readiness/, exact: false }).first();
  }

  /** Opens the panel if it is collapsed. */
  async open(): Promise<void> {
    await expect(this.panel).toBeVisible();
    if ((await this.toggle.getAttribute('aria-expanded')) === 'false') await this.toggle.click();
    await expect(this.toggle).toHaveAttribute('aria-expanded', 'true');
  }

  /** A credential's section, by the credential's title. */
  section(title: string): Locator {
    return this.panel.getByRole('region', { name: title, exact: true });
  }

  /** Findings (buttons) whose text matches. */
  finding(text: string | RegExp): Locator {
    return this.panel.locator('.rd-finding__button').filter({ hasText: text });
  }

  /** Findings of one rule id. */
  findingsOfRule(rule: string): Locator {
    return this.panel.locator(`.rd-finding__button[data-rule="${rule}"]`);
  }

  filter(name: 'Errors' | 'Warnings' | 'Notes'): Locator {
    return this.panel.getByRole('group', { name: 'Show severities' }).getByRole('button', { name: new RegExp(`^${name}`) });
  }
}
