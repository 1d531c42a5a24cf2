import { expect, type Locator, type Page } from '@playwright/test';
import { InspectorPage } from './inspector';

/**
 * The advisor parts as a user sees them: the Comments section of the inspector (threads,
 * the "Add comment" box, Reply / Resolve / Reopen, "N resolved"), Endorse / Withdraw in
 * the Endorsements section, and the marks on the map's nodes.
 */
export class AdvisorPage extends InspectorPage {
  constructor(page: Page) {
    super(page);
  }

  get comments(): Locator {
    return this.panel.getByRole('region', { name: 'Comments' });
  }

  get commentBox(): Locator {
    return this.comments.getByRole('textbox', { name: 'Add comment', exact: true });
  }

  get openThreads(): Locator {
    return this.comments.getByRole('list', { name: 'Open threads' }).locator(':scope > li');
  }

  get resolvedToggle(): Locator {
    return this.comments.locator('.adv-resolved > summary');
  }

  get resolvedThreads(): Locator {
    return this.comments.getByRole('list', { name: 'Resolved threads' }).locator(':scope > li');
  }

  /** Writes a new comment and sends it with Ctrl/Cmd+Enter. */
  async addComment(text: string): Promise<void> {
    await this.commentBox.fill(text);
    await this.commentBox.press('ControlOrMeta+Enter');
    await expect(this.commentBox).toHaveValue('');
  }

  async reply(thread: Locator, text: string): Promise<void> {
    await thread.getByRole('button', { name: 'Reply', exact: true }).click();
    const box = thread.getByRole('textbox', { name: /^Reply to / });
    await box.fill(text);
    await thread.getByRole('button', { name: 'Reply', exact: true }).click();
    await expect(box).toBeHidden();
  }

  get endorsements(): Locator {
    return this.panel.getByRole('list', { name: 'Endorsements' }).getByRole('listitem');
  }

  async endorse(note: string): Promise<void> {
    await this.panel.getByRole('button', { name: 'Endorse…' }).click();
    const form = this.panel.getByRole('group', { name: 'Your endorsement' });
    await form.getByLabel('Note').fill(note);
    await form.getByRole('button', { name: 'Endorse', exact: true }).click();
    await expect(form).toBeHidden();
  }

  get withdrawButton(): Locator {
    return this.panel.getByRole('button', { name: 'Withdraw my endorsement' });
  }

  /** The comment mark of a node ("2 open comment threads"). */
  commentMark(nodeTitle: string): Locator {
    return this.node(nodeTitle).getByRole('button', { name: /open comment thread/ });
  }

  /** The endorsement mark of a node ("Endorsed by 3 advisors"). */
  endorsedMark(nodeTitle: string): Locator {
    return this.node(nodeTitle).getByRole('img', { name: /^Endorsed by/ });
  }
}
