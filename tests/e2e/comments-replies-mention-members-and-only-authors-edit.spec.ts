// In a thread people reply, mention members by picking them after "@", and edit or delete only their own
// comments: the commenter is offered no edit or delete on the editor's reply, and the "Mine" filter shows the
// threads they took part in.
import { draftBody, joinAs, startDraft } from './drafts-people';
import { expect, test } from './fixtures';
import { CommentsPanel } from './page-models/comments-panel';

test('a reply mentions a member picked from the list, and only its author can edit or delete it', async ({
  browser,
  relay,
}) => {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const url = await startDraft(amina.page, 'Intake form');
  await draftBody(amina.page).click();
  await amina.page.keyboard.type('Ask for the date of birth only when needed.');
  const chen = await joinAs(browser, relay, 'nrm', { displayName: 'Chen Wei' }, 'commenter');
  await chen.page.goto(url);
  const chenComments = new CommentsPanel(chen.page);
  await chenComments.comment('date of birth', 'Why ask at all?');

  // Amina replies and mentions Chen, picking the name from the list "@Ch" offers.
  const aminaComments = new CommentsPanel(amina.page);
  await aminaComments.open();
  const thread = aminaComments.thread('date of birth');
  await thread.getByRole('button', { name: 'Reply' }).click();
  const reply = aminaComments.panel.getByRole('combobox', { name: 'Your reply' });
  await reply.pressSequentially('Needed for minors, @Ch');
  await aminaComments.panel.getByRole('option', { name: 'Chen Wei' }).click();
  await expect(reply).toHaveValue('Needed for minors, @Chen Wei ');
  await aminaComments.panel.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(chenComments.thread('date of birth').locator('.comment-mention')).toHaveText('@Chen Wei');

  // Chen may edit and delete his own comment, and neither on Amina's reply.
  const chenThread = chenComments.thread('date of birth');
  const mine = chenThread.locator('.comment', { hasText: 'Why ask at all?' });
  const hers = chenThread.locator('.comment', { hasText: 'Needed for minors' });
  await expect(hers.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(hers.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await mine.getByRole('button', { name: 'Edit' }).click();
  await chenComments.panel
    .getByRole('combobox', { name: 'Edit your comment' })
    .fill('Why ask adults at all?');
  await chenComments.panel.getByRole('button', { name: 'Save' }).click();
  const edited = aminaComments
    .thread('date of birth')
    .locator('.comment', { hasText: 'Why ask adults at all?' });
  await expect(edited).toContainText('(edited)');

  await chenComments.show('Mine');
  await expect(chenComments.panel.locator('.comment-thread')).toHaveCount(1);
  await chenThread
    .locator('.comment', { hasText: 'Why ask adults' })
    .getByRole('button', { name: 'Delete' })
    .click();
  // The first comment is gone but the thread stays for the reply that follows it.
  await expect(aminaComments.thread('date of birth')).toContainText('This comment was deleted.');
  await expect(aminaComments.thread('date of birth')).toContainText('Needed for minors');
  await amina.context.close();
  await chen.context.close();
});
