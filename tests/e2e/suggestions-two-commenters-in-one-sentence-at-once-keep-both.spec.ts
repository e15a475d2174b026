// Two commenters suggest in the same sentence at the same moment, each before the other's suggestion can reach
// them (a commenter's edits leave for the relay a quarter of a second after the first key): both suggestions reach
// every screen, the sentence is there once, nobody is told their change was refused, and accepting both gives the
// text as if it had been typed.
import { draftBody as body, joinAs, startDraft } from './drafts-people';
import { expect, test } from './fixtures';
import { SuggestionsPage } from './page-models/suggestions';
import { RestartableRelay } from './restartable-relay';

const SENTENCE = 'Victims are referred within days.';

test('two commenters suggesting in one sentence at the same moment both keep their suggestion, once', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const relay = await RestartableRelay.create();
  try {
    await relay.start();
    const fixture = await relay.fixture();
    const amina = await joinAs(browser, fixture, 'nrm', { displayName: 'Amina Haddad' });
    const chen = await joinAs(browser, fixture, 'nrm', { displayName: 'Chen Wei' }, 'commenter');
    const dana = await joinAs(browser, fixture, 'nrm', { displayName: 'Dana Ruiz' }, 'commenter');
    const url = await startDraft(amina.page, 'Referral procedures');
    await body(amina.page).click();
    await amina.page.keyboard.type(SENTENCE);
    await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible();
    for (const person of [chen, dana]) {
      await person.page.goto(url);
      await expect(body(person.page)).toHaveText(SENTENCE);
    }

    await new SuggestionsPage(chen.page).caretInFirstParagraph('Victims are '.length);
    await new SuggestionsPage(dana.page).selectInFirstParagraph(
      'Victims are referred within '.length,
      'days',
    );
    await Promise.all([chen.page.keyboard.type('promptly '), dana.page.keyboard.press('Backspace')]);

    for (const person of [amina, chen, dana]) {
      const screen = new SuggestionsPage(person.page);
      await expect(screen.insertions()).toHaveText(['promptly ']);
      await expect(screen.deletions()).toHaveText(['days']);
      await expect(body(person.page)).toHaveText('Victims are promptly referred within days.');
      await expect(person.page.locator('.suggestions-refused')).toHaveCount(0);
    }

    await new SuggestionsPage(amina.page).acceptAll();
    for (const person of [amina, chen, dana]) {
      await expect(body(person.page)).toHaveText('Victims are promptly referred within .');
    }
    for (const person of [amina, chen, dana]) await person.context.close();
  } finally {
    await relay.remove();
  }
});
