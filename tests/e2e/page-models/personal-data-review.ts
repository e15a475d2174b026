// The personal-data review as the author meets it: the Status control of the entry's metadata panel, the
// dialog that warns before "final", its list of matches and its replace buttons.
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

export class PersonalDataReview {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^Personal data in/ });
  }

  /** Opens a library entry by its address (the same link a quotation carries). */
  async openEntry(space: string, documentId: string): Promise<void> {
    await this.page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/entry/${space}/${documentId}`);
    await expect(this.status()).toBeVisible();
  }

  status(): Locator {
    return this.page.getByRole('combobox', { name: 'Status' });
  }

  async markFinal(): Promise<void> {
    await this.status().selectOption({ label: 'Final' });
  }

  matches(): Locator {
    return this.dialog.getByRole('list', { name: 'Possible personal data' }).getByRole('listitem');
  }

  async replaceAllWithInitials(): Promise<void> {
    await this.dialog
      .getByRole('button', { name: 'Replace all: names with initials, the rest with placeholders' })
      .click();
    await expect(this.dialog.getByText('No personal data found.')).toBeVisible();
  }
}
