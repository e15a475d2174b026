// Two officers write in the same draft: concurrent typing in one paragraph converges, each sees the other's
// cursor and name; a brand-new draft opened by two people at once starts with one paragraph; a viewer reads
// but cannot change it, and is told why.
import { draftBody as body, joinAs, startDraft } from './drafts-people';
import { expect, screenshotForReview, test } from './fixtures';

test('two people type in the same paragraph and both end with the same text and see each other', async ({
  browser,
  relay,
}) => {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad', colour: '#1f6feb' });
  const bakhyt = await joinAs(browser, relay, 'nrm', { displayName: 'Bakhyt Ospanov', colour: '#d93025' });
  await startDraft(amina.page, 'Referral procedures');
  await bakhyt.page.getByRole('button', { name: 'Referral procedures' }).click();

  await body(amina.page).click();
  await amina.page.keyboard.type('Shelters open at night. ');
  await expect(body(bakhyt.page)).toContainText('Shelters open at night.');
  // Same paragraph, different places: Amina at its start, Bakhyt at its end.
  await amina.page.keyboard.press('Home');
  await body(bakhyt.page).click();
  await bakhyt.page.keyboard.press('End');

  await Promise.all([
    amina.page.keyboard.type('Amina adds this. ', { delay: 15 }),
    bakhyt.page.keyboard.type('Bakhyt adds that.', { delay: 15 }),
  ]);
  await expect(body(amina.page)).toContainText('Amina adds this.');
  await expect(body(amina.page)).toContainText('Bakhyt adds that.');
  await expect.poll(async () => body(bakhyt.page).textContent()).toBe(await body(amina.page).textContent());
  await expect(body(amina.page).locator('p')).toHaveCount(1);

  await expect(amina.page.getByRole('list', { name: 'People in this document' })).toContainText(
    'Bakhyt Ospanov',
  );
  await expect(bakhyt.page.getByRole('list', { name: 'People in this document' })).toContainText(
    'Amina Haddad',
  );
  // Lexical draws remote carets with the person's name next to them.
  await expect(amina.page.getByText('Bakhyt Ospanov', { exact: true }).last()).toBeVisible();
  await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible();
  await screenshotForReview(amina.page, 'drafts-co-editing');
  await amina.context.close();
  await bakhyt.context.close();
});

test('a brand-new draft opened by two people at the same moment starts with a single paragraph', async ({
  browser,
  relay,
}) => {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad', colour: '#1f6feb' });
  const bakhyt = await joinAs(browser, relay, 'nrm', { displayName: 'Bakhyt Ospanov', colour: '#d93025' });
  // Amina creates the entry while offline from the body room's point of view is not needed: both open at once.
  const url = await startDraft(amina.page, 'Victim identification');
  await amina.page.goto('about:blank');
  await Promise.all([amina.page.goto(url), bakhyt.page.goto(url)]);
  for (const person of [amina, bakhyt]) {
    await expect(body(person.page)).toBeVisible();
    await expect(person.page.locator('[data-sync="saved"]')).toBeVisible();
  }
  await body(bakhyt.page).click();
  await bakhyt.page.keyboard.type('First line');
  await expect(body(amina.page)).toContainText('First line');
  for (const person of [amina, bakhyt]) {
    await expect(body(person.page).locator(':scope > *')).toHaveCount(1);
  }
  await amina.context.close();
  await bakhyt.context.close();
});

test('a viewer reads the draft but cannot change it, and is told why', async ({ browser, relay }) => {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad', colour: '#1f6feb' });
  await startDraft(amina.page, 'Model law on smuggling');
  await body(amina.page).click();
  await amina.page.keyboard.type('Everyone may read this.');
  await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible();

  const viewer = await joinAs(
    browser,
    relay,
    'nrm',
    { displayName: 'Chen Wei', colour: '#188038' },
    'viewer',
  );
  await viewer.page.getByRole('button', { name: 'Model law on smuggling' }).click();
  await expect(body(viewer.page)).toContainText('Everyone may read this.');
  await expect(viewer.page.getByRole('note')).toContainText(
    'You are a viewer in this space, so this draft is read-only',
  );
  await expect(body(viewer.page)).toHaveAttribute('contenteditable', 'false');
  await expect(viewer.page.getByRole('toolbar', { name: 'Formatting' })).toHaveCount(0);
  await body(viewer.page).click();
  await viewer.page.keyboard.type('vandalism');
  await expect(body(viewer.page)).not.toContainText('vandalism');
  await expect(body(amina.page)).not.toContainText('vandalism');
  await screenshotForReview(viewer.page, 'drafts-viewer');
  await amina.context.close();
  await viewer.context.close();
});
