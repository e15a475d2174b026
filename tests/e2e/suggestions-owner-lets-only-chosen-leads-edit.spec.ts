// An owner chooses that everyone but the chosen leads suggests: another editor's typing becomes a suggestion
// (the relay would refuse it as a direct edit), shown to everyone under their name, and the chosen lead accepts
// it. The non-lead reads the draft in Arabic on a phone.
import { draftBody as body, caretAtEnd, joinAs, startDraft } from './drafts-people';
import { expect, screenshotForReview, test } from './fixtures';
import { SuggestionsPage } from './page-models/suggestions';

test('everyone but the chosen leads suggests, and a lead accepts what they suggested', async ({
  browser,
  relay,
}) => {
  test.setTimeout(150_000);
  const olga = await joinAs(browser, relay, 'nrm', { displayName: 'Olga Petrova' }, 'owner');
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const bakhyt = await joinAs(browser, relay, 'nrm', { displayName: 'Bakhyt Ospanov', language: 'ar' });
  const url = await startDraft(olga.page, 'Shelter standards');
  await body(olga.page).click();
  await olga.page.keyboard.type('Shelters open at night.');
  await expect(olga.page.locator('[data-sync="saved"]')).toBeVisible();

  const owner = new SuggestionsPage(olga.page);
  await owner.chooseLeads(['Amina Haddad']);

  await bakhyt.page.setViewportSize({ width: 390, height: 844 });
  for (const person of [amina, bakhyt]) {
    await person.page.goto(url);
    await expect(body(person.page)).toHaveText('Shelters open at night.');
  }
  // Bakhyt is an editor but not a lead: no switch, only the note, and his typing is a suggestion.
  await expect(bakhyt.page.locator('.suggestions-mode-note')).toBeVisible();
  await expect(bakhyt.page.locator('.suggestions-mode button')).toHaveCount(0);
  // Styles and formatting are not suggestions: the toolbar holds them back.
  await expect(bakhyt.page.locator('.draft-tool-style')).toBeDisabled();
  await caretAtEnd(bakhyt.page);
  await bakhyt.page.keyboard.type(' Always.');
  const lead = new SuggestionsPage(amina.page);
  await expect(lead.insertions()).toHaveText([' Always.']);
  await expect(lead.insertions()).toHaveAttribute('title', 'Suggested by Bakhyt Ospanov');
  await expect(bakhyt.page.locator('html')).toHaveAttribute('dir', 'rtl');
  await bakhyt.page.locator('.suggestions-toggle').click();
  await expect(bakhyt.page.locator('.suggestions-panel .suggestions-item-text')).toHaveText('Always.');
  await screenshotForReview(bakhyt.page, 'suggestions-phone-arabic');

  // Anyone may discuss a suggestion: its thread is a comment thread on its words.
  await owner.discuss('Always.', 'Why always, and not only at night?');
  await expect(amina.page.getByRole('button', { name: 'Comments (1)' })).toBeVisible();

  await lead.acceptAll();
  for (const person of [olga, amina, bakhyt]) {
    await expect(body(person.page)).toHaveText('Shelters open at night. Always.');
  }
  await screenshotForReview(olga.page, 'suggestions-owner-leads');
  for (const person of [olga, amina, bakhyt]) await person.context.close();
});
