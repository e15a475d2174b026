// One person keeps typing inside article 3 while another moves article 3 up twice: afterwards every character
// typed is there for both, in the article that moved, and both see the new order.
import { draftBody, joinAs, startWriting } from './drafts-people';
import { expect, screenshotForReview, test } from './fixtures';
import { DraftArticles } from './page-models/draft-articles';

const TYPED = ' Officers screen every person they meet at the border, and they do it kindly and patiently.';

test('typing inside an article while a co-author moves it up twice loses nothing', async ({
  browser,
  relay,
}) => {
  test.setTimeout(120_000);
  const amina = await joinAs(browser, relay, 'model-law', { displayName: 'Amina Haddad' });
  const karim = await joinAs(browser, relay, 'model-law', { displayName: 'Karim Nasser', colour: '#d93025' });
  await startWriting(amina.page, 'Model law on identification');
  const aminaArticles = new DraftArticles(amina.page);
  await aminaArticles.write([
    ['Scope', 'This law applies to trafficking in persons.'],
    ['Definitions', 'A child is any person under eighteen.'],
    ['Identification', 'Victims are identified early.'],
    ['Referral', 'Victims are referred within a day.'],
  ]);
  await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible();

  await karim.page.getByRole('button', { name: 'Model law on identification' }).click();
  const karimArticles = new DraftArticles(karim.page);
  await expect
    .poll(() => karimArticles.inOrder())
    .toEqual(['Article 1 Scope', 'Article 2 Definitions', 'Article 3 Identification', 'Article 4 Referral']);

  // Karim's caret is in article 3's body, typing; Amina moves article 3 up twice meanwhile.
  await karimArticles.caretInBodyOf('Identification');
  let typed = false;
  const typing = karim.page.keyboard.type(TYPED, { delay: 80 }).then(() => {
    typed = true;
  });
  await expect(karimArticles.bodyOf('Identification')).toContainText('Officers');
  await aminaArticles.moveUp('Identification');
  await aminaArticles.moveUp('Identification');
  // Both moves happened while Karim was still typing.
  expect(typed).toBe(false);
  await typing;

  const expected = `Victims are identified early.${TYPED}`;
  for (const articles of [aminaArticles, karimArticles]) {
    await expect
      .poll(() => articles.inOrder())
      .toEqual([
        'Article 1 Identification',
        'Article 2 Scope',
        'Article 3 Definitions',
        'Article 4 Referral',
      ]);
    await expect(articles.bodyOf('Identification')).toHaveText(expected);
  }
  // Both replicas hold the same text, every typed character once.
  await expect
    .poll(async () => draftBody(amina.page).textContent())
    .toBe(await draftBody(karim.page).textContent());
  expect((await draftBody(karim.page).textContent())?.split(TYPED.trim()).length).toBe(2);
  await screenshotForReview(amina.page, 'moving-an-article-while-typing');
});
