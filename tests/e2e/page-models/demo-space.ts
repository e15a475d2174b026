// The demo space as a person adds it: the "Add the demo space" button on the New space screen (owners),
// its progress, and the library of "Commons demo" it opens on.
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

export const DEMO_SPACE = 'Commons demo';

export class DemoSpace {
  constructor(readonly page: Page) {}

  get spaceSwitcher() {
    return this.page.locator('.space-switcher select');
  }

  get addButton() {
    return this.page.getByRole('button', { name: 'Add the demo space' });
  }

  /** Opens the New space screen, where owners find the button. */
  async openNewSpaceScreen(): Promise<void> {
    await this.page.getByRole('button', { name: 'New space' }).click();
    await expect(this.page).toHaveURL(/#\/new-space$/);
  }

  /** Adds the demo space and waits until its library is on screen (the space is current). */
  async add(): Promise<void> {
    await this.addButton.click();
    await expect(
      this.page.getByRole('status').filter({ hasText: /Adding lessons: \d+ of \d+/ }),
    ).toBeVisible();
    await expect(this.page).toHaveURL(/#\/library$/, { timeout: 60_000 });
    await expect(this.spaceSwitcher.locator('option:checked')).toHaveText(DEMO_SPACE);
  }

  /** The Drafts section's count of the space's documents. */
  async documentCount(): Promise<number> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Drafts' }).click();
    const heading = this.page.getByRole('heading', { name: /^Documents \(\d+\)$/ });
    await expect(heading).toBeVisible();
    return Number(/\((\d+)\)/.exec((await heading.textContent()) ?? '')?.[1]);
  }
}
