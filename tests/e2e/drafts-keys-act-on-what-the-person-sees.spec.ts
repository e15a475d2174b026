// Keys the editor handles on keydown (Ctrl+B, I and U; Enter, Backspace, Delete, arrows, Home and End) act on the
// caret or selection the person sees, even when the key comes before the browser has told the editor that the
// selection moved (a fast typist on a busy machine, a macro, a screen reader's commands): Ctrl+B after Shift+arrows
// made "Victi" bold instead of "Victims", and an Enter after "refer " split the paragraph after "re".
import type { Browser, Locator } from '@playwright/test';
import { createDraft, draftBody, joinAs, selectionInEditor } from './drafts-people';
import { expect, type RelayFixture, test } from './fixtures';

interface FastKey {
  /** Which paragraph, and the selection in its text (start = end for a caret). */
  paragraph: number;
  start: number;
  end: number;
  key: string;
  ctrlKey?: boolean;
}

/**
 * Sets the page's selection and presses the key in the same task, so the editor gets the key before the browser's
 * selectionchange event.
 */
function selectThenPress(body: Locator, fast: FastKey): Promise<void> {
  return body.evaluate((root, { paragraph, start, end, key, ctrlKey }) => {
    const text = root.querySelectorAll('p')[paragraph]?.querySelector('span')?.firstChild as Text;
    window.getSelection()?.setBaseAndExtent(text, start, text, end);
    const code = key.length === 1 ? `Key${key.toUpperCase()}` : key;
    root.dispatchEvent(new KeyboardEvent('keydown', { key, code, ctrlKey, bubbles: true, cancelable: true }));
  }, fast);
}

/** Amina in a new draft titled `title` holding `text`, and its body. */
async function draftHolding(browser: Browser, relay: RelayFixture, title: string, text: string) {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  await createDraft(amina.page, title);
  const body = draftBody(amina.page);
  await body.click();
  await amina.page.keyboard.type(text);
  await expect(body.locator('p')).toHaveText(text);
  return { amina, body };
}

test('a shortcut pressed before the browser reports the new selection formats what is selected', async ({
  browser,
  relay,
}) => {
  const { amina, body } = await draftHolding(browser, relay, 'Fast shortcuts', 'Victims must be heard.');
  await selectThenPress(body, { paragraph: 0, start: 0, end: 'Victims'.length, key: 'b', ctrlKey: true });
  await expect(body.locator('.draft-bold')).toHaveText('Victims');
  await expect(body.locator('p')).toHaveText('Victims must be heard.');
  await amina.context.close();
});

test('Enter, Backspace, Delete, Ctrl+Backspace and ArrowLeft pressed before the browser reports the moved caret act where the caret is', async ({
  browser,
  relay,
}) => {
  const { amina, body } = await draftHolding(
    browser,
    relay,
    'Fast keys',
    'Officers refer victims to shelters.',
  );
  const caret = (paragraph: number, at: number, key: string, ctrlKey = false) =>
    selectThenPress(body, { paragraph, start: at, end: at, key, ctrlKey });

  await caret(0, 'Officers refer '.length, 'Enter');
  await expect(body.locator('p')).toHaveText(['Officers refer', 'victims to shelters.']);

  await caret(1, 'victims'.length, 'Backspace');
  await expect(body.locator('p')).toHaveText(['Officers refer', 'victim to shelters.']);

  await caret(1, 'victim to '.length, 'Delete');
  await expect(body.locator('p')).toHaveText(['Officers refer', 'victim to helters.']);

  // Ctrl+Backspace deletes the word before the caret.
  await caret(0, 'Officers refer'.length, 'Backspace', true);
  await expect(body.locator('p')).toHaveText(['Officers', 'victim to helters.']);

  // The editor has the caret at the start of the second paragraph; the caret moves three characters on and
  // ArrowLeft comes before the editor hears of it: the caret stays in that paragraph, where the next letter goes.
  await body.evaluate((root) => {
    const text = root.querySelectorAll('p')[1]?.querySelector('span')?.firstChild as Text;
    window.getSelection()?.collapse(text, 0);
  });
  await expect
    .poll(async () => {
      const selection = await selectionInEditor(amina.page);
      return selection && `${selection.anchorText}@${selection.anchorOffset}`;
    })
    .toBe('victim to helters.@0');
  await caret(1, 'vic'.length, 'ArrowLeft');
  await body.page().keyboard.type('X');
  await expect(body.locator('p')).toHaveText(['Officers', 'vicXtim to helters.']);
  await amina.context.close();
});
