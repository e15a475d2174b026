// Model-law articles are numbered by their order: moving one (toolbar or Alt+Shift+Up/Down) renumbers every
// article for both people, and a cross-reference shows the moved article's new number; in English and Arabic.
import type { Page } from '@playwright/test';
import { caretAtEnd, createDraft, draftBody, joinAs, setBlockStyle } from './drafts-people';
import { expect, screenshotForReview, test } from './fixtures';

const articleHeadings = (page: Page) => draftBody(page).locator('[data-provision-level="article"]');
const crossReference = (page: Page) => draftBody(page).locator('.cross-reference');

/** Article titles in document order, each with the number it shows. */
async function articles(page: Page): Promise<string[]> {
  return articleHeadings(page).evaluateAll((headings) =>
    headings.map((heading) => `${(heading as HTMLElement).dataset.label} ${heading.textContent}`),
  );
}

async function writeArticle(page: Page, title: string, body: string): Promise<void> {
  await page.keyboard.type(title);
  await setBlockStyle(page, 'article');
  await page.keyboard.press('Enter');
  await page.keyboard.type(body);
}

test('moving an article renumbers the articles and its cross-reference for both people', async ({
  browser,
  relay,
}) => {
  test.setTimeout(90_000);
  const amina = await joinAs(browser, relay, 'model-law', { displayName: 'Amina Haddad' });
  const karim = await joinAs(browser, relay, 'model-law', {
    displayName: 'Karim Nasser',
    colour: '#d93025',
    language: 'ar',
  });
  await createDraft(amina.page, 'Model law against smuggling');
  await draftBody(amina.page).click();
  await writeArticle(amina.page, 'Scope', 'This law applies to the smuggling of migrants.');
  await amina.page.keyboard.press('Enter');
  await writeArticle(amina.page, 'Definitions', 'In this law, a migrant is any person who moves.');
  await amina.page.keyboard.press('Enter');
  await writeArticle(amina.page, 'Protection', 'A migrant as defined in ');
  await amina.page
    .getByRole('combobox', { name: 'Refer to an article' })
    .selectOption({ label: 'Article 2 — Definitions' });
  await amina.page.keyboard.type(' is not liable to prosecution.');

  const before = ['Article 1 Scope', 'Article 2 Definitions', 'Article 3 Protection'];
  await expect.poll(() => articles(amina.page)).toEqual(before);
  await expect(crossReference(amina.page)).toHaveText('Article 2');

  await karim.page.getByRole('button', { name: 'Model law against smuggling' }).click();
  await expect(karim.page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect
    .poll(() => articles(karim.page))
    .toEqual(['المادة 1 Scope', 'المادة 2 Definitions', 'المادة 3 Protection']);
  await expect(crossReference(karim.page)).toHaveText('المادة 2');
  expect(await draftBody(karim.page).evaluate((body) => getComputedStyle(body).direction)).toBe('rtl');

  // Amina moves "Definitions" (with its body) above "Scope" from the toolbar.
  await articleHeadings(amina.page).filter({ hasText: 'Definitions' }).click();
  await amina.page.getByRole('button', { name: 'Move provision up' }).click();
  const after = ['Article 1 Definitions', 'Article 2 Scope', 'Article 3 Protection'];
  await expect.poll(() => articles(amina.page)).toEqual(after);
  await expect(crossReference(amina.page)).toHaveText('Article 1');
  // The body moved with its heading.
  await expect(draftBody(amina.page).locator(':scope > *').nth(1)).toHaveText(
    'In this law, a migrant is any person who moves.',
  );
  await expect
    .poll(() => articles(karim.page))
    .toEqual(['المادة 1 Definitions', 'المادة 2 Scope', 'المادة 3 Protection']);
  await expect(crossReference(karim.page)).toHaveText('المادة 1');
  await screenshotForReview(amina.page, 'drafts-articles-moved-en');

  // Karim moves it back down with the keyboard shortcut.
  await articleHeadings(karim.page).filter({ hasText: 'Definitions' }).click();
  await karim.page.keyboard.press('Alt+Shift+ArrowDown');
  await expect
    .poll(() => articles(karim.page))
    .toEqual(['المادة 1 Scope', 'المادة 2 Definitions', 'المادة 3 Protection']);
  await expect(crossReference(karim.page)).toHaveText('المادة 2');
  await expect.poll(() => articles(amina.page)).toEqual(before);
  await expect(crossReference(amina.page)).toHaveText('Article 2');

  // Arabic text Karim writes runs right to left, beside English text that stays left to right.
  await caretAtEnd(karim.page);
  await karim.page.keyboard.press('Enter');
  await karim.page.keyboard.type('لا يُلاحَق المهاجر جنائياً.');
  const arabic = draftBody(karim.page).locator('p', { hasText: 'لا يُلاحَق' });
  expect(await arabic.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
  await expect(draftBody(amina.page)).toContainText('is not liable to prosecution.لا يُلاحَق المهاجر جنائياً.');
  await screenshotForReview(karim.page, 'drafts-articles-moved-ar');

  // The last article cannot go further down; the shortcut leaves everything in place.
  await articleHeadings(amina.page).filter({ hasText: 'Protection' }).click();
  await amina.page.keyboard.press('Alt+Shift+ArrowDown');
  await expect.poll(() => articles(amina.page)).toEqual(before);
  await amina.context.close();
  await karim.context.close();
});
