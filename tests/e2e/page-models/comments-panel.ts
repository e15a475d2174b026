// The comments of an open draft as a person uses them: select words, comment, read the panel, resolve and
// reopen; and what is painted over the text (the CSS Custom Highlight the comments draw).
import { expect, type Locator, type Page } from '@playwright/test';

export class CommentsPanel {
  constructor(readonly page: Page) {}

  get body(): Locator {
    return this.page.locator('.draft-body');
  }

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Comments' });
  }

  /** The thread whose quoted words (as stored when it started) are `quote`. */
  thread(quote: string): Locator {
    return this.panel.locator('.comment-thread', {
      has: this.page.locator('.comment-quote', { hasText: quote }),
    });
  }

  /** The body's text leaving out suggested changes (someone's proposal is not the text). */
  async acceptedText(): Promise<string> {
    return this.body.evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      for (const suggestion of copy.querySelectorAll('.suggestion')) suggestion.remove();
      return copy.textContent ?? '';
    });
  }

  /** Selects the first occurrence of `words` in the body, as a person dragging over them would. */
  async selectWords(words: string): Promise<void> {
    await expect(this.body).toContainText(words);
    await this.body.evaluate((body, wanted) => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not in the draft`);
    }, words);
  }

  /** Puts the caret right after the first occurrence of `words` in the body. */
  async caretAfter(words: string): Promise<void> {
    await expect(this.body).toContainText(words);
    await this.body.evaluate((body, wanted) => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        (body as HTMLElement).focus();
        window.getSelection()?.collapse(node, at + wanted.length);
        return;
      }
      throw new Error(`"${wanted}" is not in the draft`);
    }, words);
  }

  /** Comments `text` on `words` through the Comment button. */
  async comment(words: string, text: string): Promise<void> {
    await this.selectWords(words);
    await this.page.getByRole('button', { name: 'Comment', exact: true }).first().click();
    await this.panel.getByRole('combobox', { name: 'Your comment' }).fill(text);
    await this.panel.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect(this.thread(words)).toContainText(text);
  }

  async open(): Promise<void> {
    if (await this.panel.isVisible()) return;
    await this.page.getByRole('button', { name: /^Comments \(\d+\)$/ }).click();
    await expect(this.panel).toBeVisible();
  }

  async show(filter: 'Open' | 'Resolved' | 'Mine'): Promise<void> {
    await this.open();
    await this.panel.getByRole('radio', { name: filter }).check();
  }

  /** The words painted as commented, in the order the highlight holds them. */
  async highlightedWords(): Promise<string[]> {
    return this.page.evaluate(() => {
      const highlight = CSS.highlights.get('commons-comment');
      return highlight ? [...highlight].map((range) => range.toString()) : [];
    });
  }

  /** The words painted as the thread open in the panel, or null when none is. */
  async activeWords(): Promise<string | null> {
    return this.page.evaluate(() => {
      const highlight = CSS.highlights.get('commons-comment-active');
      const [range] = highlight ? [...highlight] : [];
      return range ? range.toString() : null;
    });
  }

  /** Clicks in the middle of the first occurrence of `words` in the body. */
  async clickWords(words: string): Promise<void> {
    const box = await this.body.evaluate((body, wanted) => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const rect = range.getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`"${wanted}" is not in the draft`);
    }, words);
    await this.page.mouse.click(box.x, box.y);
  }
}
