// The first-run profile screen: who this person is to their colleagues, shown before anything else.
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

export class FirstRunPage {
  constructor(readonly page: Page) {}

  async fillProfile(displayName: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Welcome to Commons' })).toBeVisible();
    await this.page.getByRole('textbox', { name: 'Display name' }).fill(displayName);
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }
}
