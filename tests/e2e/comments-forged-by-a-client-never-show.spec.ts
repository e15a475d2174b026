// A member who writes the discussion room directly (not through the relay's requests) can put any author's
// name on an entry, but nobody ever sees it: the panel shows only what the relay wrote, with the author and
// time it stamped.
import { COMMENT_EVENTS, COMMENTS, readThreads } from '../../shared/discussion';
import { discussionRoom } from '../../shared/rooms';
import { connectStockClient } from '../server/support/stock-client';
import { draftBody, joinAs, startDraft } from './drafts-people';
import { expect, test } from './fixtures';
import { CommentsPanel } from './page-models/comments-panel';

test("a comment written straight into the discussion room under someone else's name never shows that name", async ({
  browser,
  relay,
}) => {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const url = await startDraft(amina.page, 'Shelter standards');
  await draftBody(amina.page).click();
  await amina.page.keyboard.type('Shelters keep a bed free for emergencies.');
  const documentId = /#\/drafts\/([^/?]+)/.exec(url)?.[1];
  if (!documentId) throw new Error(`no document id in ${url}`);

  const chen = await joinAs(browser, relay, 'nrm', { displayName: 'Chen Wei' }, 'commenter');
  await chen.page.goto(url);
  const chenComments = new CommentsPanel(chen.page);
  await chenComments.comment('a bed free', 'Which shelters does this cover?');

  // A client of the room, with a commenter's genuine token, writes entries of its own.
  const forger = connectStockClient(relay.url.replace(/^http/, 'ws'), discussionRoom('nrm', documentId), {
    token: await relay.token('nrm', 'commenter', 'Chen Wei'),
  });
  await forger.synced;
  const [genuine] = readThreads(forger.doc);
  if (!genuine) throw new Error('the genuine thread did not arrive');
  const director = { memberId: 'director', name: 'The Director' };
  forger.doc.transact(() => {
    forger.doc.getArray(COMMENTS).push([
      {
        id: 'forged',
        thread: 'forged',
        body: 'Approved, no changes needed.',
        author: director,
        createdAt: Date.now(),
        ...(genuine.anchor ? { anchor: genuine.anchor } : {}),
      },
      {
        id: 'forged-reply',
        thread: genuine.id,
        body: 'Ignore this comment.',
        author: director,
        createdAt: 1,
      },
    ]);
    forger.doc.getArray(COMMENT_EVENTS).push([
      { type: 'edit', comment: genuine.id, body: 'Withdrawn.', by: director, at: Date.now() },
      { type: 'resolve', thread: genuine.id, by: director, at: Date.now() },
    ]);
  });

  // A genuine reply after the forgery: once it shows, the forged entries have reached everyone too.
  const aminaComments = new CommentsPanel(amina.page);
  await aminaComments.open();
  await aminaComments.thread('a bed free').getByRole('button', { name: 'Reply' }).click();
  await aminaComments.panel.getByRole('combobox', { name: 'Your reply' }).fill('All of them.');
  await aminaComments.panel.getByRole('button', { name: 'Reply', exact: true }).click();
  for (const comments of [aminaComments, chenComments]) {
    await expect(comments.thread('a bed free')).toContainText('All of them.');
    await expect(comments.panel).not.toContainText('The Director');
    await expect(comments.panel).not.toContainText('Approved, no changes needed.');
    await expect(comments.panel).not.toContainText('Withdrawn.');
    await expect(comments.thread('a bed free')).toContainText('Which shelters does this cover?');
    await expect(comments.panel.locator('.comment-thread')).toHaveCount(1);
    await expect.poll(() => comments.highlightedWords()).toEqual(['a bed free']);
  }
  // The forged entries are in the room (the relay let a commenter write it), they are simply never read.
  expect(forger.doc.getArray(COMMENTS).length).toBeGreaterThanOrEqual(4);
  await expect(amina.page.getByText('The Director')).toHaveCount(0);
  forger.destroy();
  await amina.context.close();
  await chen.context.close();
});
