// The question a join link asks before anything is sent: which server (its host), which space, who decides the
// role, with Join and Cancel.
// Playwright's own expect: the fixtures module imports this one.
import { expect, type Locator, type Page } from '@playwright/test';

export class JoinConfirmation {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    // By its class, not its English name: people join in every language.
    this.panel = page.locator('section.join-confirm');
  }

  /** The server's host as the question names it. */
  server(): Locator {
    return this.panel.locator('[data-join="server"]');
  }

  async join(space: string): Promise<void> {
    await expect(this.panel).toBeVisible();
    const join = this.panel.locator('button.primary');
    await expect(join).toContainText(space);
    await join.click();
  }

  async cancel(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Cancel' }).click();
  }
}
