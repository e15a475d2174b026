// What the screen shows is what people (and screen readers) get: an article heading is announced
// "Article 1: Scope", as it reads on screen, not "Article 1Scope"; two people in a draft with the same profile
// colour are shown in different colours, the same two colours on both screens, cursors included.
import type { Page } from '@playwright/test';
import { aminaAndBakhyt, createDraft, draftBody, setBlockStyle } from './drafts-people';
import { expect, test } from './fixtures';

/** Each person in the draft's presence list with the colour it shows them in. */
async function presenceColours(page: Page): Promise<Record<string, string>> {
  return page
    .getByRole('list', { name: 'People in this document' })
    .locator('.draft-avatar')
    .evaluateAll((items) =>
      Object.fromEntries(
        items.map((item) => [
          (item as HTMLElement).title,
          getComputedStyle(item.querySelector('.draft-avatar-dot') as Element).backgroundColor,
        ]),
      ),
    );
}

test('an article heading is announced with its number and a separator, as on screen', async ({
  browser,
  relay,
}) => {
  const [amina, bakhyt] = await aminaAndBakhyt(browser, relay);
  await bakhyt.context.close();
  await createDraft(amina.page, 'Model law');
  await draftBody(amina.page).click();
  await amina.page.keyboard.type('Scope');
  await setBlockStyle(amina.page, 'article');
  await expect(
    draftBody(amina.page).getByRole('heading', { name: 'Article 1: Scope', exact: true }),
  ).toBeVisible();
  await amina.context.close();
});

test('two people with the same colour are shown in different colours, alike on both screens', async ({
  browser,
  relay,
}) => {
  test.setTimeout(90_000);
  // Both profiles have the same colour (the fixtures' default).
  const [amina, bakhyt] = await aminaAndBakhyt(browser, relay);
  await createDraft(amina.page, 'Shared colours');
  await bakhyt.page.getByRole('button', { name: 'Shared colours' }).click();
  for (const page of [amina.page, bakhyt.page]) {
    await expect(
      page.getByRole('list', { name: 'People in this document' }).locator('.draft-avatar'),
    ).toHaveCount(2);
  }
  const seenByAmina = await presenceColours(amina.page);
  const seenByBakhyt = await presenceColours(bakhyt.page);
  expect(seenByAmina['Amina Haddad']).not.toBe(seenByAmina['Bakhyt Ospanov']);
  expect(seenByBakhyt).toEqual(seenByAmina);

  // Bakhyt's cursor, as Amina sees it, is in the colour the presence list gives him.
  await draftBody(bakhyt.page).click();
  const cursorName = amina.page.locator('.draft-print-area span:not(:has(span))', {
    hasText: /^Bakhyt Ospanov$/,
  });
  await expect(cursorName).toHaveCount(1);
  await expect
    .poll(() => cursorName.evaluate((name) => getComputedStyle(name).backgroundColor))
    .toBe(seenByAmina['Bakhyt Ospanov']);
  await amina.context.close();
  await bakhyt.context.close();
});
