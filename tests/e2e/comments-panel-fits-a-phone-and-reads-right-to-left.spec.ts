// The comments panel stays usable where the screen is small or the language runs right to left: on a phone it
// comes after the draft within the screen's width; in Arabic the drawer sits on the left, the line's end.
import { draftBody, joinAs, startDraft } from './drafts-people';
import { expect, screenshotForReview, test } from './fixtures';
import { CommentsPanel } from './page-models/comments-panel';

test('on a phone the comments panel comes below the draft, within the width of the screen', async ({
  browser,
  relay,
}) => {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  await startDraft(amina.page, 'Helpline leaflet');
  await draftBody(amina.page).click();
  await amina.page.keyboard.type('Call the helpline at any hour.');
  await amina.page.setViewportSize({ width: 390, height: 844 });
  const comments = new CommentsPanel(amina.page);
  await comments.comment('any hour', 'Is it really open at night?');

  // Within the screen's width, and after the draft's text, so it covers none of the words.
  const panel = await comments.panel.boundingBox();
  const body = await draftBody(amina.page).boundingBox();
  expect(panel && body).toBeTruthy();
  if (!panel || !body) return;
  expect(panel.x).toBeGreaterThanOrEqual(0);
  expect(panel.x + panel.width).toBeLessThanOrEqual(390);
  expect(panel.width).toBeGreaterThanOrEqual(300);
  expect(panel.y).toBeGreaterThanOrEqual(body.y + body.height);
  await expect.poll(() => comments.highlightedWords()).toEqual(['any hour']);
  await comments.thread('any hour').getByRole('button', { name: 'Reply' }).click();
  await expect(comments.panel.getByRole('combobox', { name: 'Your reply' })).toBeInViewport();
  await screenshotForReview(amina.page, 'comments-phone');
  await amina.context.close();
});

test('in Arabic the drawer opens on the left and the shortcut starts a comment', async ({
  browser,
  relay,
}) => {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'أمينة حداد', language: 'ar' });
  await amina.page.locator('.drafts-new input').fill('دليل الإحالة');
  await amina.page.locator('.drafts-new button[type="submit"]').click();
  await expect(draftBody(amina.page)).toBeVisible();
  await draftBody(amina.page).click();
  await amina.page.keyboard.type('تفتح الملاجئ ليلاً ونهاراً.');
  const comments = new CommentsPanel(amina.page);
  await comments.selectWords('ليلاً');
  await amina.page.keyboard.press('Control+Alt+M');
  const panel = amina.page.locator('.comments-panel');
  await panel.getByRole('combobox').fill('هل هذا صحيح؟');
  await panel.getByRole('combobox').press('Control+Enter');
  await expect(panel.locator('.comment-thread')).toContainText('هل هذا صحيح؟');
  await expect.poll(() => comments.highlightedWords()).toEqual(['ليلاً']);
  const box = await panel.boundingBox();
  expect(box?.x).toBeLessThanOrEqual(1);
  await screenshotForReview(amina.page, 'comments-arabic');
  await amina.context.close();
});
