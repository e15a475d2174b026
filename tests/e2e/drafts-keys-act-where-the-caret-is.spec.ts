// Enter, Backspace and Delete act where the person sees the caret, even when the key comes before the browser has
// told the editor that the caret moved (a fast typist on a busy machine, a macro, a screen reader's commands):
// an Enter after "refer " used to split the paragraph where the caret had been a few arrow presses earlier.
import type { Locator } from '@playwright/test';
import { createDraft, draftBody, joinAs } from './drafts-people';
import { expect, test } from './fixtures';

/**
 * Puts the page's caret `offset` characters into the text of paragraph `paragraph` and presses `key` in the same
 * task, so the editor gets the key before the browser's selectionchange event.
 */
function caretThenKey(body: Locator, paragraph: number, offset: number, key: string): Promise<void> {
  return body.evaluate(
    (root, { paragraph, offset, key }) => {
      const text = root.querySelectorAll('p')[paragraph]?.querySelector('span')?.firstChild as Text;
      window.getSelection()?.collapse(text, offset);
      root.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, bubbles: true, cancelable: true }));
    },
    { paragraph, offset, key },
  );
}

test('Enter, Backspace and Delete pressed before the browser reports the moved caret act where the caret is', async ({
  browser,
  relay,
}) => {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const { page } = amina;
  await createDraft(page, 'Fast keys');
  const body = draftBody(page);
  await body.click();
  await page.keyboard.type('Officers refer victims to shelters.');
  await expect(body.locator('p')).toHaveText('Officers refer victims to shelters.');

  await caretThenKey(body, 0, 'Officers refer '.length, 'Enter');
  await expect(body.locator('p')).toHaveText(['Officers refer', 'victims to shelters.']);

  await caretThenKey(body, 1, 'victims'.length, 'Backspace');
  await expect(body.locator('p')).toHaveText(['Officers refer', 'victim to shelters.']);

  await caretThenKey(body, 1, 'victim to '.length, 'Delete');
  await expect(body.locator('p')).toHaveText(['Officers refer', 'victim to helters.']);
  await amina.context.close();
});
