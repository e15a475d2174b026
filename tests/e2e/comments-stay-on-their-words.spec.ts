// A commenter comments on words of a draft whose text they cannot change (typing at most suggests); the editor sees those words highlighted, and
// after the editor types before and inside them both still see the highlight on the right words; clicking the
// words opens the thread; resolving takes the highlight away everywhere and reopening brings it back.
import { draftBody, joinAs, startDraft } from './drafts-people';
import { expect, screenshotForReview, test } from './fixtures';
import { CommentsPanel } from './page-models/comments-panel';

const SENTENCE = 'The ministry shall publish the hotline number every year.';

test('a commenter comments on words, and both people keep seeing the highlight on those words as the text changes', async ({
  browser,
  relay,
}) => {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const url = await startDraft(amina.page, 'Hotline rules');
  await draftBody(amina.page).click();
  await amina.page.keyboard.type(SENTENCE);
  await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible();

  const chen = await joinAs(browser, relay, 'nrm', { displayName: 'Chen Wei' }, 'commenter');
  await chen.page.goto(url);
  await expect(draftBody(chen.page)).toHaveText(SENTENCE);

  // The commenter types into the body: at most that becomes a suggestion, never the draft's text.
  await draftBody(chen.page).click();
  await chen.page.keyboard.press('Control+End');
  await chen.page.keyboard.type('Sneaky edit');

  const chenComments = new CommentsPanel(chen.page);
  const aminaComments = new CommentsPanel(amina.page);
  await chenComments.comment('hotline number', 'Please name the hotline.');
  await expect(chenComments.thread('hotline number')).toContainText('Chen Wei');
  await expect.poll(() => chenComments.highlightedWords()).toEqual(['hotline number']);
  await expect.poll(() => aminaComments.highlightedWords()).toEqual(['hotline number']);
  // The comment was sent after the typing; by the time it is here, any write of the typing would be too.
  expect(await aminaComments.acceptedText()).toBe(SENTENCE);

  // The editor types before the range and inside it.
  await draftBody(amina.page).click();
  await amina.page.keyboard.press('Control+Home');
  await amina.page.keyboard.type('Each year, ');
  await aminaComments.caretAfter('hotline');
  await amina.page.keyboard.type(' toll-free');
  await expect(draftBody(chen.page)).toContainText(
    `Each year, ${SENTENCE.replace('hotline', 'hotline toll-free')}`,
  );
  for (const comments of [aminaComments, chenComments]) {
    await expect.poll(() => comments.highlightedWords()).toEqual(['hotline toll-free number']);
  }

  // Clicking the highlighted words opens their thread.
  await aminaComments.clickWords('toll-free');
  await expect(aminaComments.thread('hotline number')).toHaveAttribute('data-active', 'true');
  await expect.poll(() => aminaComments.activeWords()).toBe('hotline toll-free number');
  await expect(aminaComments.thread('hotline number')).toContainText('Please name the hotline.');
  await screenshotForReview(amina.page, 'comments-editor');

  // Resolve: the highlight goes in both contexts; reopen brings it back.
  await aminaComments.thread('hotline number').getByRole('button', { name: 'Resolve' }).click();
  for (const comments of [aminaComments, chenComments]) {
    await expect.poll(() => comments.highlightedWords()).toEqual([]);
  }
  await chenComments.show('Resolved');
  await expect(chenComments.thread('hotline number')).toContainText('Resolved by Amina Haddad');
  await chenComments.thread('hotline number').getByRole('button', { name: 'Reopen' }).click();
  for (const comments of [aminaComments, chenComments]) {
    await expect.poll(() => comments.highlightedWords()).toEqual(['hotline toll-free number']);
  }
  await chenComments.show('Open');
  await expect(chenComments.thread('hotline number')).toBeVisible();
  await screenshotForReview(chen.page, 'comments-commenter');
  await amina.context.close();
  await chen.context.close();
});
