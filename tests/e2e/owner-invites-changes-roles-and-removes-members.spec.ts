// An owner runs the space from its Members page: an editor invite made there lets a colleague in to co-edit;
// turning them into a viewer stops their typing at once, and removing them stops their open draft syncing,
// each without a reload on either side.
import { draftBody, startDraft } from './drafts-people';
import { expect, screenshotForReview, test } from './fixtures';
import { FirstRunPage } from './page-models/first-run-page';
import { JoinConfirmation } from './page-models/join-confirmation';
import { MembersPage } from './page-models/members-page';
import { SetupPage } from './page-models/setup-page';

test('an owner invites an editor, makes them a viewer, then removes them, all from the Members page', async ({
  page,
  browser,
  relay,
}) => {
  // Amina sets the relay up and becomes the owner of its first space.
  if (!relay.setupLink) throw new Error('a fresh relay should print a setup link');
  await page.goto(relay.setupLink);
  await new FirstRunPage(page).fillProfile('Amina Haddad');
  await new SetupPage(page).createSpace({ name: 'TIP network' });
  await expect(page).toHaveURL(/#\/drafts$/);

  const members = new MembersPage(page);
  await members.open();
  const link = await members.createInvite({ role: 'Editor', expiry: '7 days', uses: 'Once' });
  await expect(page.getByRole('img', { name: /QR code of the invite link/ })).toBeVisible();
  await expect(page.locator('.invites-table').getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: 'Invite link' })).toBeFocused();
  expect(await members.unnamedControls()).toEqual([]);
  await screenshotForReview(page, 'members-page');

  // Bakhyt opens the link in his own browser.
  const bakhytContext = await browser.newContext();
  const bakhyt = await bakhytContext.newPage();
  await bakhyt.goto(link);
  await new FirstRunPage(bakhyt).fillProfile('Bakhyt Ospanov');
  await new JoinConfirmation(bakhyt).join('tip-network');
  await expect(bakhyt.getByRole('combobox', { name: 'Space' })).toHaveValue(`${relay.url} tip-network`);

  // Used once, the invite is no longer open; Bakhyt is listed as an editor.
  await page.reload();
  await expect(members.row('Bakhyt Ospanov')).toContainText('Editor');
  await expect(page.getByText('No open invites.')).toBeVisible();

  // They co-edit a draft.
  await page.getByRole('navigation').getByRole('button', { name: 'Drafts' }).click();
  await startDraft(page, 'Referral checklist');
  await draftBody(page).click();
  await page.keyboard.type('Amina writes.');
  await bakhyt.getByRole('navigation').getByRole('button', { name: 'Drafts' }).click();
  await bakhyt.getByRole('button', { name: 'Referral checklist' }).click();
  await expect(draftBody(bakhyt)).toContainText('Amina writes.');
  await draftBody(bakhyt).click();
  await bakhyt.keyboard.press('Control+End');
  await bakhyt.keyboard.type(' Bakhyt adds.');
  await expect(draftBody(page)).toContainText('Amina writes. Bakhyt adds.');

  // Amina makes Bakhyt a viewer: his open draft turns read-only without a reload.
  await members.open();
  await members.setRole('Bakhyt Ospanov', 'Viewer');
  await expect(draftBody(bakhyt)).toHaveAttribute('contenteditable', 'false');
  await expect(bakhyt.getByRole('note').filter({ hasText: /view/i })).toBeVisible();
  await draftBody(bakhyt).click();
  await bakhyt.keyboard.type(' Viewer text.');
  await page.getByRole('navigation').getByRole('button', { name: 'Drafts' }).click();
  await page.getByRole('button', { name: 'Referral checklist' }).click();
  await expect(draftBody(page)).toContainText('Amina writes. Bakhyt adds.');
  await page.waitForTimeout(1000);
  await expect(draftBody(page)).not.toContainText('Viewer text');

  // Amina removes Bakhyt: his open draft stops syncing and says so.
  await members.open();
  await members.remove('Bakhyt Ospanov');
  const refused = bakhyt.locator('[data-sync="refused"]');
  await expect(refused).toBeVisible();
  await expect(refused).toHaveAttribute('role', 'alert');
  await screenshotForReview(bakhyt, 'removed-member-draft');

  // Amina's later edits no longer reach him.
  await page.getByRole('navigation').getByRole('button', { name: 'Drafts' }).click();
  await page.getByRole('button', { name: 'Referral checklist' }).click();
  await draftBody(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' After removal.');
  await expect(page.locator('[data-sync="saved"]')).toBeVisible();
  await bakhyt.waitForTimeout(1000);
  await expect(draftBody(bakhyt)).not.toContainText('After removal.');
  await bakhytContext.close();
});

test('a non-owner sees who is in the space but none of the owner controls', async ({
  page,
  browser,
  relay,
}) => {
  if (!relay.setupLink) throw new Error('a fresh relay should print a setup link');
  await page.goto(relay.setupLink);
  await new FirstRunPage(page).fillProfile('Amina Haddad');
  await new SetupPage(page).createSpace({ name: 'TIP network' });
  const members = new MembersPage(page);
  await members.open();
  const link = await members.createInvite({ role: 'Commenter' });

  const chidi = await (await browser.newContext()).newPage();
  await chidi.goto(link);
  await new FirstRunPage(chidi).fillProfile('Chidi Okafor');
  await new JoinConfirmation(chidi).join('tip-network');
  const chidiMembers = new MembersPage(chidi);
  await chidiMembers.open();
  await expect(chidiMembers.row('Amina Haddad')).toContainText('Owner');
  await expect(chidiMembers.row('Chidi Okafor')).toContainText('Commenter');
  await expect(chidi.getByRole('combobox', { name: /Role of/ })).toHaveCount(0);
  await expect(chidi.getByRole('button', { name: /Remove/ })).toHaveCount(0);
  await expect(chidi.getByRole('heading', { name: 'Invite people' })).toHaveCount(0);
  await chidi.context().close();
});

test('the Members page reads right to left in Arabic, QR code and all, within the CSP', async ({
  page,
  relay,
}) => {
  if (!relay.setupLink) throw new Error('a fresh relay should print a setup link');
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(relay.setupLink);
  await new FirstRunPage(page).fillProfile('Amina Haddad');
  await new SetupPage(page).createSpace({ name: 'TIP network' });
  await expect(page).toHaveURL(/#\/drafts$/);
  await page.evaluate(() => {
    const profile = JSON.parse(localStorage.getItem('commons.profile') ?? '{}');
    localStorage.setItem('commons.profile', JSON.stringify({ ...profile, language: 'ar' }));
  });
  await page.goto(`${relay.url}/#/members`);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 2, name: /الأشخاص/ })).toBeVisible();
  await page.locator('.invite-form').getByRole('button').click();
  await expect(page.getByRole('img', { name: /QR/ })).toBeVisible();
  await screenshotForReview(page, 'members-page-ar');
  expect(violations).toEqual([]);
});
