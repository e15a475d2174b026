// Page model for suggestions in an open draft: switching between editing and suggesting, the panel of open
// suggestions (joins of paragraphs among them), and a lead's accept and reject, one at a time, all of one author's,
// or all.
import { expect, type Locator, type Page } from '@playwright/test';

export class SuggestionsPage {
  readonly body: Locator;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.body = page.locator('.draft-body');
    this.panel = page.getByRole('complementary', { name: 'Suggestions' });
  }

  async suggest(): Promise<void> {
    await this.page.getByRole('button', { name: 'Suggesting', exact: true }).click();
    await expect(this.page.getByRole('button', { name: 'Suggesting', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  }

  /**
   * Puts the caret `fromStart` characters into the first paragraph (by arrow keys, as a person does), and checks it
   * is there: a co-author's update landing between two key presses can put the caret back where Lexical last read
   * it, and a person would look and press again.
   */
  async caretInFirstParagraph(fromStart: number): Promise<void> {
    await expect(async () => {
      await this.body.locator('p').first().click();
      await this.page.keyboard.press('Home');
      for (let i = 0; i < fromStart; i += 1) await this.page.keyboard.press('ArrowRight');
      expect(await this.selectionInFirstParagraph()).toEqual({ start: fromStart, text: '' });
    }).toPass({ timeout: 20_000 });
  }

  /** Selects `text`, which starts `fromStart` characters into the first paragraph, by keyboard, and checks it. */
  async selectInFirstParagraph(fromStart: number, text: string): Promise<void> {
    await expect(async () => {
      await this.caretInFirstParagraph(fromStart);
      for (let i = 0; i < text.length; i += 1) await this.page.keyboard.press('Shift+ArrowRight');
      expect(await this.selectionInFirstParagraph()).toEqual({ start: fromStart, text });
    }).toPass({ timeout: 30_000 });
  }

  /** Where the page's selection starts in the first paragraph's text, and what it holds. */
  private selectionInFirstParagraph(): Promise<{ start: number; text: string }> {
    return this.body
      .locator('p')
      .first()
      .evaluate((paragraph) => {
        const selection = window.getSelection();
        if (!selection || selection.rangeCount === 0) return { start: -1, text: '' };
        const selected = selection.getRangeAt(0);
        const before = document.createRange();
        before.setStart(paragraph, 0);
        before.setEnd(selected.startContainer, selected.startOffset);
        return { start: before.toString().length, text: selected.toString() };
      });
  }

  insertions(): Locator {
    return this.body.locator('[data-suggestion-type="insert"]');
  }

  deletions(): Locator {
    return this.body.locator('[data-suggestion-type="delete"]');
  }

  /** Markers of paragraph breaks proposed for removal. */
  joins(): Locator {
    return this.body.locator('[data-suggestion-type="join"]');
  }

  /** Backspace at the start of the `index`th paragraph (0-based), the caret put there by keyboard and checked. */
  async backspaceAtStartOfParagraph(index: number): Promise<void> {
    const paragraph = this.body.locator('p').nth(index);
    await expect(async () => {
      await paragraph.click();
      await this.page.keyboard.press('Home');
      const atStart = await paragraph.evaluate((element) => {
        const selection = window.getSelection();
        if (!selection || selection.rangeCount === 0) return false;
        const range = selection.getRangeAt(0);
        const before = document.createRange();
        before.setStart(element, 0);
        before.setEnd(range.startContainer, range.startOffset);
        return range.collapsed && element.contains(range.startContainer) && before.toString() === '';
      });
      expect(atStart).toBe(true);
    }).toPass({ timeout: 20_000 });
    await this.page.keyboard.press('Backspace');
  }

  /** The panel's entry for the proposed join of the paragraphs around `before` ¶ `after`. */
  joinItem(before: string, after: string): Locator {
    return this.panel.locator('.suggestions-item').filter({
      has: this.page.locator('.suggestions-item-join', { hasText: `${before}¶${after}` }),
    });
  }

  async openPanel(): Promise<void> {
    if (await this.panel.isVisible()) return;
    await this.page.getByRole('button', { name: /^Suggestions \(\d+\)$/ }).click();
    await expect(this.panel).toBeVisible();
  }

  /** The panel's entry for the suggestion whose text is exactly `text`. */
  item(text: string): Locator {
    return this.panel.locator('.suggestions-item').filter({
      has: this.page.locator('.suggestions-item-text', {
        hasText: new RegExp(`^\\s*${escapeRegExp(text.trim())}\\s*$`),
      }),
    });
  }

  async accept(text: string): Promise<void> {
    await this.openPanel();
    await this.item(text).getByRole('button', { name: 'Accept', exact: true }).click();
  }

  async reject(text: string): Promise<void> {
    await this.openPanel();
    await this.item(text).getByRole('button', { name: 'Reject', exact: true }).click();
  }

  async acceptAllFrom(name: string): Promise<void> {
    await this.openPanel();
    await this.panel.getByRole('button', { name: `Accept all from ${name}` }).click();
  }

  /** Starts the suggestion's thread: a comment on its words, posted from the comments panel. */
  async discuss(text: string, comment: string): Promise<void> {
    await this.openPanel();
    await this.item(text).getByRole('button', { name: 'Discuss' }).click();
    const composer = this.page.locator('.comments-panel');
    await composer.getByRole('combobox', { name: 'Your comment' }).fill(comment);
    await composer.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect(composer).toContainText(comment);
  }

  /** As an owner: everyone but these leads suggests from now on. */
  async chooseLeads(names: string[]): Promise<void> {
    await this.openPanel();
    await this.panel.getByRole('checkbox', { name: 'Everyone but the chosen leads suggests' }).check();
    for (const name of names) await this.panel.getByRole('checkbox', { name }).check();
    await this.panel.getByRole('button', { name: 'Save' }).click();
    await expect(this.panel.getByRole('status')).toHaveText('Saved.');
  }

  async acceptAll(): Promise<void> {
    await this.openPanel();
    await this.panel.getByRole('button', { name: 'Accept all', exact: true }).click();
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
