// The Settings section: the UI language and data saver (found by their controls' kind, so the same steps
// work whatever the interface language is).
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

export class SettingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.locator('nav button:has([data-section="settings"])').click();
    await expect(this.page.locator('.settings')).toBeVisible();
  }

  get dataSaver() {
    return this.page.locator('.data-saver input[type="checkbox"]');
  }

  get downloaded() {
    return this.page.getByTestId('downloaded-this-session');
  }

  async setDataSaver(on: boolean): Promise<void> {
    await this.dataSaver.setChecked(on);
    await expect(this.dataSaver).toBeEnabled();
  }
}
