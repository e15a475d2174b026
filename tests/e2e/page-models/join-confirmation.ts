// The question a join link asks before anything is sent: which server (its host), which space, who decides the
// role, with Join and Cancel.
// Playwright's own expect: the fixtures module imports this one.
import { expect, type Locator, type Page } from '@playwright/test';

export class JoinConfirmation {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Join this space?' });
  }

  /** The server's host as the question names it. */
  server(): Locator {
    return this.panel.locator('[data-join="server"]');
  }

  async join(space: string): Promise<void> {
    await expect(this.panel).toBeVisible();
    await this.panel.getByRole('button', { name: `Join ${space}` }).click();
  }

  async cancel(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Cancel' }).click();
  }
}
