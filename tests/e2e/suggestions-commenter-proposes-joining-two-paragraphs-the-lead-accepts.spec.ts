// A commenter proposes joining two paragraphs (Backspace at the start of the second; a second Backspace takes it
// back): nothing joins yet, the break is marked on every screen and listed with its author; the lead accepts it
// and both see one paragraph.
import { draftBody as body, joinAs, startDraft } from './drafts-people';
import { expect, screenshotForReview, test } from './fixtures';
import { SuggestionsPage } from './page-models/suggestions';

test('a commenter’s join of two paragraphs shows as a struck ¶, and accepting it joins them everywhere', async ({
  browser,
  relay,
}) => {
  test.setTimeout(120_000);
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const chen = await joinAs(browser, relay, 'nrm', { displayName: 'Chen Wei' }, 'commenter');
  const url = await startDraft(amina.page, 'Referral procedures');
  await body(amina.page).click();
  await amina.page.keyboard.type('Victims are referred ');
  await amina.page.keyboard.press('Enter');
  await amina.page.keyboard.type('within days.');
  await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible();
  await chen.page.goto(url);
  await expect(body(chen.page).locator('p')).toHaveText(['Victims are referred', 'within days.']);

  const chenSuggests = new SuggestionsPage(chen.page);
  await chenSuggests.backspaceAtStartOfParagraph(1);

  const lead = new SuggestionsPage(amina.page);
  await expect(lead.joins()).toHaveCount(1);
  // A second Backspace takes the join back, on every screen; a third proposes it again.
  await chen.page.keyboard.press('Backspace');
  await expect(lead.joins()).toHaveCount(0);
  await expect(chenSuggests.joins()).toHaveCount(0);
  await chen.page.keyboard.press('Backspace');
  for (const screen of [lead, chenSuggests]) {
    await expect(screen.joins()).toHaveCount(1);
    await expect(screen.body.locator('p')).toHaveText(['Victims are referred', 'within days.']);
  }
  await expect(lead.joins()).toHaveAttribute('title', 'Suggested by Chen Wei');
  await expect(chen.page.locator('.suggestions-refused')).toHaveCount(0);
  await lead.openPanel();
  const item = lead.joinItem('Victims are referred ', 'within days.');
  await expect(item).toContainText('Join paragraphs');
  await expect(item).toContainText('Chen Wei');
  await screenshotForReview(amina.page, 'suggestions-join-marker');

  await item.getByRole('button', { name: 'Accept', exact: true }).click();
  for (const page of [amina.page, chen.page]) {
    await expect(body(page).locator('p')).toHaveText(['Victims are referred within days.']);
    await expect(body(page).locator('[data-suggestion-id]')).toHaveCount(0);
  }
  await expect(lead.panel.locator('.suggestions-item')).toHaveCount(0);
  for (const person of [amina, chen]) await person.context.close();
});
