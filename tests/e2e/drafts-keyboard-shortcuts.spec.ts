// The shortcuts people already know from word processors and chat apps work in a draft: Ctrl+B, Ctrl+I and
// Ctrl+U turn bold, italic and underline on and off, and typing "# ", "## ", "- ", "1. " or "> " at the start of
// a line makes it a heading, a bulleted or numbered list, or a quote, for the co-author too.
import {
  aminaAndBakhyt,
  createDraft,
  draftBody,
  joinAs,
  selectFromLineStart,
  startWriting,
} from './drafts-people';
import { expect, test } from './fixtures';

test('Ctrl+B, Ctrl+I and Ctrl+U turn formatting on and off, while typing and on a selection', async ({
  browser,
  relay,
}) => {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const { page } = amina;
  await createDraft(page, 'Shortcuts');
  const body = draftBody(page);
  await body.click();

  await page.keyboard.type('Victims ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('must');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' be ');
  await page.keyboard.press('Control+i');
  await page.keyboard.type('heard');
  await page.keyboard.press('Control+i');
  await page.keyboard.type(' and ');
  await page.keyboard.press('Control+u');
  await page.keyboard.type('protected');
  await page.keyboard.press('Control+u');
  await page.keyboard.type('.');
  await expect(body.locator('p')).toHaveText('Victims must be heard and protected.');
  await expect(body.locator('.draft-bold')).toHaveText('must');
  await expect(body.locator('.draft-italic')).toHaveText('heard');
  await expect(body.locator('.draft-underline')).toHaveText('protected');

  // On a selection: the first "Victims" made bold, then back to plain with the same keys.
  await selectFromLineStart(page, 'Victims');
  await page.keyboard.press('Control+b');
  await expect(body.locator('.draft-bold')).toHaveText(['Victims', 'must']);
  await page.keyboard.press('Control+b');
  await expect(body.locator('.draft-bold')).toHaveText('must');
  await amina.context.close();
});

test('Markdown-style shortcuts at the start of a line make headings, lists and quotes', async ({
  browser,
  relay,
}) => {
  const [amina, bakhyt] = await aminaAndBakhyt(browser, relay);
  const { page } = amina;
  await startWriting(page, 'Typed structure');

  await page.keyboard.type('# Referral guideline');
  await page.keyboard.press('Enter');
  await page.keyboard.type('## Who refers');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Police');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Labour inspectors');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // An empty item ends the list, as in a word processor.
  await page.keyboard.type('1. Identify');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Refer');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('> Nobody is turned away.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('It is **never** the victim’s *fault*.');

  await bakhyt.page.getByRole('button', { name: 'Typed structure' }).click();
  for (const person of [amina, bakhyt]) {
    const body = draftBody(person.page);
    await expect(body.locator(':scope > h1')).toHaveText('Referral guideline');
    await expect(body.locator(':scope > h2')).toHaveText('Who refers');
    await expect(body.locator(':scope > ul > li')).toHaveText(['Police', 'Labour inspectors']);
    await expect(body.locator(':scope > ol > li')).toHaveText(['Identify', 'Refer']);
    await expect(body.locator(':scope > blockquote')).toHaveText('Nobody is turned away.');
    await expect(body.locator(':scope > p').last()).toHaveText('It is never the victim’s fault.');
    await expect(body.locator('.draft-bold')).toHaveText('never');
    await expect(body.locator('.draft-italic')).toHaveText('fault');
  }
  await amina.context.close();
  await bakhyt.context.close();
});
