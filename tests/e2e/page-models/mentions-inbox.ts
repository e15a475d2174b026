// The mentions inbox in the top bar as a person uses it: the button with its unread count, the list it opens,
// choosing a mention, marking all read.
import type { Locator, Page } from '@playwright/test';

export class MentionsInbox {
  constructor(readonly page: Page) {}

  /** The top bar's button, whatever its count says. */
  get button(): Locator {
    return this.page.locator('.top-bar').getByRole('button', { name: /^Mentions/ });
  }

  /** The number drawn on the button. */
  get count(): Locator {
    return this.page.locator('.mentions-count');
  }

  get list(): Locator {
    return this.page.getByRole('region', { name: 'Mentions of you' });
  }

  /** The mention whose comment says `text`. */
  mention(text: string): Locator {
    return this.list.getByRole('button', { name: new RegExp(text) });
  }

  async open(): Promise<void> {
    if (await this.list.isVisible()) return;
    await this.button.click();
  }
}
