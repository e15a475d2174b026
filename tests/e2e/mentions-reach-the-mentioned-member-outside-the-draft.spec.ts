// A mention reaches the person mentioned wherever they are in the app: Amina mentions Chen in a comment; Chen,
// on the Drafts list and not in the draft, sees an unread count on the top bar's mentions button, opens the
// list (who, which draft, what was said), chooses the mention and lands in the draft with that thread open in
// the comments panel; the count is gone. Amina, who wrote it, is told nothing.
import { draftBody, joinAs, startDraft } from './drafts-people';
import { expect, test } from './fixtures';
import { CommentsPanel } from './page-models/comments-panel';
import { MentionsInbox } from './page-models/mentions-inbox';

test('a mention shows in the inbox of the member mentioned, and opens the draft on its thread', async ({
  browser,
  relay,
}, testInfo) => {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const chen = await joinAs(browser, relay, 'nrm', { displayName: 'Chen Wei' }, 'commenter');
  const chenInbox = new MentionsInbox(chen.page);
  await expect(chenInbox.button).toHaveAccessibleName('Mentions');
  await expect(chenInbox.count).toHaveCount(0);

  const url = await startDraft(amina.page, 'Intake form');
  await draftBody(amina.page).click();
  await amina.page.keyboard.type('Ask for the date of birth only when needed. Keep the form short.');
  const comments = new CommentsPanel(amina.page);
  await comments.comment('Keep the form short', 'Fine as it is.');
  await comments.selectWords('date of birth');
  await amina.page.getByRole('button', { name: 'Comment', exact: true }).first().click();
  const box = comments.panel.getByRole('combobox', { name: 'Your comment' });
  await box.pressSequentially('Is this needed for adults, @Ch');
  await comments.panel.getByRole('option', { name: 'Chen Wei' }).click();
  await box.pressSequentially('?');
  await comments.panel.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(comments.thread('date of birth')).toContainText('Is this needed for adults');

  // Chen is on the Drafts list, not in the draft: the top bar says there is one unread mention.
  await expect(chen.page).not.toHaveURL(url);
  await expect(chenInbox.button).toHaveAccessibleName('Mentions, 1 unread');
  await expect(chenInbox.count).toHaveText('1');
  await chenInbox.open();
  const mention = chenInbox.mention('Is this needed for adults');
  await expect(mention).toContainText('Amina Haddad mentioned you in “Intake form”');
  await expect(mention).toContainText('Is this needed for adults, @Chen Wei ?');
  await expect(chenInbox.list.getByRole('listitem')).toHaveCount(1);
  await chen.page.screenshot({ path: testInfo.outputPath('chen-mentions-inbox.png') });

  await mention.click();
  await expect(chen.page).toHaveURL(url);
  const chenComments = new CommentsPanel(chen.page);
  await expect(chenComments.panel).toBeVisible();
  const thread = chenComments.thread('date of birth');
  await expect(thread).toHaveAttribute('data-active', 'true');
  await expect(chenComments.thread('Keep the form short')).toHaveAttribute('data-active', 'false');
  await expect(chenInbox.count).toHaveCount(0);
  await expect(chenInbox.button).toHaveAccessibleName('Mentions');
  // Read stays read: after a reload the relay's mark still holds.
  await chen.page.reload();
  await expect(chenInbox.button).toHaveAccessibleName('Mentions');
  await chenInbox.open();
  await expect(chenInbox.list.getByRole('listitem')).toHaveAttribute('data-unread', 'false');
  await expect(chenInbox.button).toHaveAccessibleName('Mentions');

  // The author is told nothing about her own comment.
  await expect(new MentionsInbox(amina.page).button).toHaveAccessibleName('Mentions');
  await amina.context.close();
  await chen.context.close();
});
