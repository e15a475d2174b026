// The Members page (#/members): the people in the space, and for owners roles, removal and invites.
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

export interface InviteChoice {
  role: 'Owner' | 'Editor' | 'Commenter' | 'Viewer';
  expiry?: '1 day' | '7 days' | '30 days' | 'Never';
  uses?: 'Once' | '10 times' | '50 times' | 'Any number of times';
}

export class MembersPage {
  readonly heading: Locator;
  readonly members: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Members' });
    this.members = page.locator('.members-table').first();
  }

  /** Opens the page from the section navigation. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Members' }).click();
    await expect(this.heading).toBeVisible();
    await expect(this.members).toBeVisible();
  }

  row(name: string): Locator {
    return this.members.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  /** Creates an invite and returns its link as the page shows it (to copy, or as a QR code). */
  async createInvite({ role, expiry = '7 days', uses = 'Once' }: InviteChoice): Promise<string> {
    const form = this.page.locator('.invite-form');
    await form.getByRole('combobox', { name: 'Role' }).selectOption({ label: role });
    await form.getByRole('combobox', { name: 'Expires after' }).selectOption({ label: expiry });
    await form.getByRole('combobox', { name: 'Can be used' }).selectOption({ label: uses });
    await form.getByRole('button', { name: 'Create invite link' }).click();
    const link = this.page.getByRole('textbox', { name: 'Invite link' });
    await expect(link).toHaveValue(/#\/join\?/);
    return link.inputValue();
  }

  async setRole(name: string, role: InviteChoice['role']): Promise<void> {
    await this.page.getByRole('combobox', { name: `Role of ${name}` }).selectOption({ label: role });
    await expect(
      this.page.getByRole('status').filter({ hasText: `The role of ${name} was changed.` }),
    ).toBeVisible();
  }

  /** Buttons, fields and links with no accessible name (none should exist). */
  async unnamedControls(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('main button, main input, main select, main textarea, main a[href]')]
        .filter(
          (element) =>
            !(element as HTMLInputElement).labels?.length &&
            !element.textContent?.trim() &&
            !element.getAttribute('aria-label') &&
            !element.getAttribute('aria-labelledby'),
        )
        .map((element) => element.outerHTML.slice(0, 120)),
    );
  }

  async remove(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Remove ${name}` }).click();
    await this.page.getByRole('button', { name: 'Remove from space' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: `${name} was removed from the space.` }),
    ).toBeVisible();
    await expect(this.row(name)).toHaveCount(0);
  }
}
