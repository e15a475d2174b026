// Opening a draft records it as recently opened; the Library lists it for that space after a reload, newest
// first, and opens it again from there.
import { createDraft, joinAs } from './drafts-people';
import { expect, test } from './fixtures';

test('drafts you opened are listed in the Library, newest first, and open from there', async ({
  browser,
  relay,
}) => {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const { page } = amina;
  await createDraft(page, 'Model law on smuggling');
  await page.getByRole('button', { name: 'Back to drafts' }).click();
  await createDraft(page, 'Guide for prosecutors');

  await page.reload();
  await page.locator('nav button:has([data-section="library"])').click();
  const recent = page.getByRole('region', { name: 'Recently opened' }).getByRole('listitem');
  await expect(recent).toHaveCount(2);
  await expect(recent.first()).toContainText('Guide for prosecutors');
  await expect(recent.nth(1)).toContainText('Model law on smuggling');

  await recent.nth(1).getByRole('button', { name: 'Model law on smuggling' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Model law on smuggling' })).toBeVisible();
  await expect(page).toHaveURL(/#\/drafts\/[A-Za-z0-9_-]+$/);
  await amina.context.close();
});
