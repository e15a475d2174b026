// Page model of a model law's articles in the draft editor: writing articles, reading them in order with their
// numbers, putting the caret in an article's body and moving an article from the toolbar.
import { expect, type Locator, type Page } from '@playwright/test';

export class DraftArticles {
  readonly body: Locator;

  constructor(readonly page: Page) {
    this.body = page.locator('.draft-body');
  }

  headings(): Locator {
    return this.body.locator('[data-provision-level="article"]');
  }

  /** Article titles in order, each with the number it shows ("Article 2 Definitions"). */
  async inOrder(): Promise<string[]> {
    return this.headings().evaluateAll((headings) =>
      headings.map((heading) => `${(heading as HTMLElement).dataset.label} ${heading.textContent}`),
    );
  }

  /** Writes articles (title, then one body paragraph each) into an empty draft whose body has the caret. */
  async write(articles: readonly [title: string, body: string][]): Promise<void> {
    for (const [index, [title, text]] of articles.entries()) {
      if (index > 0) await this.page.keyboard.press('Enter');
      await this.page.keyboard.type(title);
      await this.page.getByRole('combobox', { name: 'Paragraph style' }).selectOption('article');
      await this.body.locator(':scope > *').last().click();
      await this.page.keyboard.press('End');
      await this.page.keyboard.press('Enter');
      await this.page.keyboard.type(text);
    }
  }

  /** The body paragraph right after an article's heading. */
  bodyOf(title: string): Locator {
    return this.body.locator(`[data-provision-level="article"]:has-text("${title}") + p`);
  }

  /** Puts the caret at the end of an article's body paragraph. */
  async caretInBodyOf(title: string): Promise<void> {
    await this.bodyOf(title).click();
    await this.page.keyboard.press('End');
  }

  async moveUp(title: string): Promise<void> {
    const before = await this.inOrder();
    await this.headings().filter({ hasText: title }).click();
    await this.page.getByRole('button', { name: 'Move provision up' }).click();
    await expect.poll(() => this.inOrder()).not.toEqual(before);
  }
}
