// The first owner's page (#/setup?code=…): checks the setup code, then creates a space with the form.
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

export interface SpaceDetails {
  name: string;
  description?: string;
  /** Language names as the form shows them in English ("French"); English is chosen already. */
  languages?: string[];
}

export class SetupPage {
  readonly heading: Locator;
  readonly refusal: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Create your space' });
    this.refusal = page.getByRole('alert');
  }

  async createSpace({ name, description = '', languages = [] }: SpaceDetails): Promise<void> {
    await expect(this.page.getByRole('textbox', { name: 'Space name' })).toBeVisible();
    await this.page.getByRole('textbox', { name: 'Space name' }).fill(name);
    await this.page.getByRole('textbox', { name: 'Description' }).fill(description);
    for (const language of languages) {
      await this.page.getByRole('checkbox', { name: new RegExp(`^${language}\\b`) }).check();
    }
    await this.page.getByRole('button', { name: 'Create space' }).click();
  }
}
