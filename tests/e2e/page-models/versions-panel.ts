// Page model of a draft's Versions sheet: naming the current text, the list with who and when, opening one
// read-only, comparing two states (changes marked), the amendment table, and restoring with confirmation.
import { expect, type Locator, type Page } from '@playwright/test';

export class VersionsPanel {
  readonly sheet: Locator;

  constructor(readonly page: Page) {
    this.sheet = page.getByRole('dialog', { name: 'Versions of this draft' });
  }

  async open(): Promise<void> {
    if (await this.sheet.isVisible()) return;
    await this.page.getByRole('button', { name: 'Versions', exact: true }).click();
    await expect(this.sheet).toBeVisible();
  }

  async close(): Promise<void> {
    await this.sheet.getByRole('button', { name: 'Close versions' }).click();
    await expect(this.sheet).toBeHidden();
  }

  async name(name: string): Promise<void> {
    await this.sheet.getByRole('textbox', { name: 'Name the current text' }).fill(name);
    await this.sheet.getByRole('button', { name: 'Save version' }).click();
    await expect(this.sheet.getByRole('status')).toHaveText(`Saved the version “${name}”.`);
  }

  /** The listed versions' names, newest first. */
  listed(): Locator {
    return this.sheet.getByRole('list', { name: 'Saved versions' }).locator('.version-name');
  }

  /** Closes and reopens the sheet, which reloads the list from the relay. */
  async reload(): Promise<void> {
    await this.close();
    await this.open();
  }

  private item(name: string): Locator {
    return this.sheet.locator(`.version-item[data-version-name="${name}"]`);
  }

  async openVersion(name: string): Promise<Locator> {
    await this.item(name).getByRole('button', { name: 'Open' }).click();
    const reader = this.sheet.getByRole('textbox', { name: `Text of the version “${name}”` });
    await expect(reader).toBeVisible();
    return reader;
  }

  async compare(from: string, to: string): Promise<void> {
    await this.sheet.getByRole('combobox', { name: 'From' }).selectOption({ label: from });
    await this.sheet.getByRole('combobox', { name: 'To' }).selectOption({ label: to });
    await this.sheet.getByRole('button', { name: 'Compare', exact: true }).click();
  }

  async amendmentTable(from: string, to: string): Promise<Locator> {
    await this.sheet.getByRole('combobox', { name: 'From' }).selectOption({ label: from });
    await this.sheet.getByRole('combobox', { name: 'To' }).selectOption({ label: to });
    await this.sheet.getByRole('button', { name: 'Amendment table' }).click();
    await expect(this.sheet.getByRole('heading', { name: `“${from}” → “${to}”` })).toBeVisible();
    return this.sheet.getByRole('table', { name: 'Amendment table' });
  }

  inserted(): Locator {
    return this.sheet.locator('.versions-main ins');
  }

  deleted(): Locator {
    return this.sheet.locator('.versions-main del');
  }

  async restore(name: string): Promise<void> {
    await this.item(name).getByRole('button', { name: 'Restore…' }).click();
    const confirmation = this.sheet.getByRole('alertdialog', { name: 'Confirm restoring' });
    await expect(confirmation).toContainText(`Restore “${name}” for everyone?`);
    await confirmation.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(this.sheet.getByRole('status').first()).toHaveText(
      `Restored “${name}”. The text before it is kept as a version.`,
    );
  }
}
