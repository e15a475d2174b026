// Suggestions from an editor and two commenters (whose changes reach the body only through the relay): the lead
// accepts one, rejects another and accepts all of a third author's; every context ends with exactly the accepted
// text, which survives a reload and a relay killed and restarted.
import { draftBody as body, joinAs, startDraft } from './drafts-people';
import { expect, screenshotForReview, test } from './fixtures';
import { SuggestionsPage } from './page-models/suggestions';
import { RestartableRelay } from './restartable-relay';

const FINAL = 'All Victims are referred within hours.';

test('two authors’ suggestions, accept one, reject the other, accept all of a third: the accepted text everywhere', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const relay = await RestartableRelay.create();
  try {
    await relay.start();
    const fixture = await relay.fixture();
    const amina = await joinAs(browser, fixture, 'nrm', { displayName: 'Amina Haddad' });
    const bakhyt = await joinAs(browser, fixture, 'nrm', { displayName: 'Bakhyt Ospanov' });
    const chen = await joinAs(browser, fixture, 'nrm', { displayName: 'Chen Wei' }, 'commenter');
    const dana = await joinAs(browser, fixture, 'nrm', { displayName: 'Dana Ruiz' }, 'commenter');
    const url = await startDraft(amina.page, 'Referral procedures');
    await body(amina.page).click();
    await amina.page.keyboard.type('Victims are referred within days.');
    await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible();
    for (const person of [bakhyt, chen, dana]) {
      await person.page.goto(url);
      await expect(body(person.page)).toHaveText('Victims are referred within days.');
    }

    // Bakhyt, an editor, chooses to suggest; Chen and Dana, commenters, can only suggest.
    const bakhytSuggests = new SuggestionsPage(bakhyt.page);
    await bakhytSuggests.suggest();
    await bakhytSuggests.caretInFirstParagraph(0);
    await bakhyt.page.keyboard.type('All ');
    await expect(new SuggestionsPage(chen.page).insertions()).toHaveText(['All ']);

    const chenSuggests = new SuggestionsPage(chen.page);
    await chenSuggests.selectInFirstParagraph('All Victims are '.length, 'referred ');
    await chen.page.keyboard.press('Backspace');
    await expect(new SuggestionsPage(dana.page).deletions()).toHaveText(['referred ']);

    const danaSuggests = new SuggestionsPage(dana.page);
    await danaSuggests.caretInFirstParagraph('All Victims are referred within days'.length);
    for (let i = 0; i < 'days'.length; i += 1) await dana.page.keyboard.press('Backspace');
    await dana.page.keyboard.type('hours');

    // Everyone sees every suggestion, attributed by the relay, and the text itself is all still there.
    const lead = new SuggestionsPage(amina.page);
    await expect(lead.insertions()).toHaveText(['All ', 'hours']);
    await expect(lead.deletions()).toHaveText(['referred ', 'days']);
    await expect(lead.insertions().filter({ hasText: 'hours' })).toHaveAttribute(
      'title',
      'Suggested by Dana Ruiz',
    );
    await expect(lead.deletions().filter({ hasText: 'referred' })).toHaveAttribute(
      'title',
      'Suggested by Chen Wei',
    );
    await lead.openPanel();
    await expect(lead.item('All ')).toContainText('Bakhyt Ospanov');
    await screenshotForReview(amina.page, 'suggestions-before-settling');

    await lead.accept('All ');
    await lead.reject('referred ');
    await lead.acceptAllFrom('Dana Ruiz');

    for (const person of [amina, bakhyt, chen, dana]) {
      await expect(body(person.page)).toHaveText(FINAL);
      await expect(body(person.page).locator('[data-suggestion-id]')).toHaveCount(0);
    }
    await expect(lead.panel.locator('.suggestions-item')).toHaveCount(0);
    await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible();

    await bakhyt.page.reload();
    await expect(body(bakhyt.page)).toHaveText(FINAL);

    await relay.kill();
    await relay.start();
    await chen.page.reload();
    await expect(body(chen.page)).toHaveText(FINAL, { timeout: 30_000 });
    await expect(body(amina.page)).toHaveText(FINAL);
    const late = await joinAs(browser, fixture, 'nrm', { displayName: 'Esi Mensah' }, 'viewer');
    await late.page.goto(url);
    await expect(body(late.page)).toHaveText(FINAL, { timeout: 30_000 });
    for (const person of [amina, bakhyt, chen, dana, late]) await person.context.close();
  } finally {
    await relay.remove();
  }
});
