// A long model law as an officer pastes it from a word processor: 1,000 paragraphs of 50 words, an article heading
// every ten, so 1,100 blocks. Shared by the specs that check what a person does in such a draft.
import type { Page } from '@playwright/test';
import { draftBody } from './drafts-people';
import { expect } from './fixtures';

export const LONG_DRAFT_BLOCKS = 1100;

const WORDS = ['victims', 'referral', 'within', 'hours', 'shelter', 'counsel', 'interpreter', 'protection'];

function longDraftHtml(): string {
  const blocks: string[] = [];
  for (let i = 0; i < 1000; i++) {
    if (i % 10 === 0) blocks.push(`<h4 data-provision-level="article">Provision ${i / 10}</h4>`);
    const words = Array.from({ length: 50 }, (_, w) => WORDS[(i * 7 + w) % WORDS.length]);
    blocks.push(`<p>Paragraph ${i}: ${words.join(' ')}</p>`);
  }
  return blocks.join('');
}

/** Pastes the long draft into the open draft, where the caret is, and waits until every block is in and saved. */
export async function pasteLongDraft(page: Page): Promise<void> {
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'long draft');
    document
      .querySelector('.draft-body')
      ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, longDraftHtml());
  await expect(draftBody(page).locator(':scope > *')).toHaveCount(LONG_DRAFT_BLOCKS, { timeout: 60_000 });
  await expect(page.locator('[data-sync="saved"]')).toBeVisible({ timeout: 60_000 });
}
