// Undo in a shared draft takes back only your own last edit, never a co-author's: Ctrl+Z and the toolbar's Undo
// remove it from every screen while the other person's text stays, and Ctrl+Shift+Z / Ctrl+Y bring it back.
import type { Page } from '@playwright/test';
import { caretAtEnd, createDraft, draftBody, joinAs } from './drafts-people';
import { expect, test } from './fixtures';

const paragraphs = (page: Page) => draftBody(page).locator(':scope > p');

test('undo removes only my last edit from both screens, and redo brings it back', async ({
  browser,
  relay,
}) => {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad', colour: '#1f6feb' });
  const bakhyt = await joinAs(browser, relay, 'nrm', { displayName: 'Bakhyt Ospanov', colour: '#d93025' });
  await createDraft(amina.page, 'Lessons from the border');
  await bakhyt.page.getByRole('button', { name: 'Lessons from the border' }).click();
  const undo = amina.page
    .getByRole('toolbar', { name: 'Formatting' })
    .getByRole('button', { name: 'Undo', exact: true });

  // Amina's first edit, then Bakhyt's, then Amina's second: each waits for the other screen, so they are
  // separate steps (Yjs groups one person's keystrokes less than half a second apart into one step).
  await draftBody(amina.page).click();
  await amina.page.keyboard.type('Screen everyone.');
  await expect(draftBody(bakhyt.page)).toContainText('Screen everyone.');
  await caretAtEnd(bakhyt.page);
  await bakhyt.page.keyboard.press('Enter');
  await bakhyt.page.keyboard.type('Interpreters help.', { delay: 20 });
  await expect(draftBody(amina.page)).toContainText('Interpreters help.');
  // The end of the last block, Bakhyt's line, checked before pressing Enter (a click's caret can be overwritten
  // by a co-author's update arriving before Lexical reads it).
  await caretAtEnd(amina.page);
  await amina.page.keyboard.press('Enter');
  await amina.page.keyboard.type('Refer within a day.');
  const everything = ['Screen everyone.', 'Interpreters help.', 'Refer within a day.'];
  for (const person of [amina, bakhyt]) await expect(paragraphs(person.page)).toHaveText(everything);

  await amina.page.keyboard.press('Control+z');
  for (const person of [amina, bakhyt])
    await expect(paragraphs(person.page)).toHaveText(['Screen everyone.', 'Interpreters help.']);

  await amina.page.keyboard.press('Control+Shift+z');
  for (const person of [amina, bakhyt]) await expect(paragraphs(person.page)).toHaveText(everything);

  // The toolbar's Undo does the same; Ctrl+Y is the other redo people know.
  await undo.click();
  for (const person of [amina, bakhyt])
    await expect(paragraphs(person.page)).toHaveText(['Screen everyone.', 'Interpreters help.']);
  await draftBody(amina.page).focus();
  await amina.page.keyboard.press('Control+y');
  for (const person of [amina, bakhyt]) await expect(paragraphs(person.page)).toHaveText(everything);

  // Undoing further takes back Amina's first edit too, still leaving Bakhyt's line alone.
  await amina.page.keyboard.press('Control+z');
  await amina.page.keyboard.press('Control+z');
  for (const person of [amina, bakhyt])
    await expect(draftBody(person.page)).not.toContainText('Screen everyone.');
  for (const person of [amina, bakhyt])
    await expect(draftBody(person.page)).toContainText('Interpreters help.');
  await expect(undo).toBeDisabled();

  // Bakhyt's own undo takes back his line, which Amina's undo never could.
  await draftBody(bakhyt.page).focus();
  await bakhyt.page.keyboard.press('Control+z');
  for (const person of [amina, bakhyt])
    await expect(draftBody(person.page)).not.toContainText('Interpreters help.');
  await amina.context.close();
  await bakhyt.context.close();
});
