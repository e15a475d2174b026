// "Insert into my draft" on a library entry: the chooser of drafts, and the quotation as the draft shows it.
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

export class InsertIntoDraft {
  constructor(readonly page: Page) {}

  /** Opens the chooser on the entry on screen, picks the draft by its title and inserts. */
  async insertInto(draftTitle: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Insert into my draft' }).click();
    const choices = this.page.getByRole('group', { name: 'Which draft?' });
    await choices.getByRole('radio', { name: draftTitle }).check();
    await this.page.getByRole('button', { name: 'Insert', exact: true }).click();
  }

  /** The quotations in the open draft's body. */
  quotations(page: Page = this.page): Locator {
    return page.locator('.draft-body blockquote');
  }
}

/** Creates a draft from the Drafts section and opens it; returns its id (from the address). */
export async function createDraft(page: Page, title: string, text: string): Promise<string> {
  await page.getByRole('navigation').getByRole('button', { name: 'Drafts' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('button', { name: 'Create and open' }).click();
  await expect(page).toHaveURL(/#\/drafts\/[\w-]+$/);
  const body = page.locator('.draft-body');
  await body.click();
  await page.keyboard.type(text);
  await expect(body).toContainText(text);
  return /#\/drafts\/([\w-]+)$/.exec(page.url())?.[1] ?? '';
}
