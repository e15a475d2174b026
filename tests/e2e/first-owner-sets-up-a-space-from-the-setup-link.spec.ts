// A fresh relay prints a one-time setup link; opening it is all a first owner needs: profile, a space, a draft
// being typed, with no command-line step after the relay starts. The link works once; forged ones are refused.
import { draftBody, startDraft } from './drafts-people';
import { expect, screenshotForReview, test } from './fixtures';
import { FirstRunPage } from './page-models/first-run-page';
import { SetupPage } from './page-models/setup-page';

function setupLinkOf(relay: { setupLink: string | null }): string {
  if (!relay.setupLink) throw new Error('a fresh relay should print a setup link');
  return relay.setupLink;
}

test('the setup link leads a new person from profile to a space to a draft being typed', async ({
  page,
  relay,
}) => {
  const link = setupLinkOf(relay);
  expect(link).toMatch(new RegExp(`^${relay.url}/#/setup\\?code=`));
  await page.goto(link);

  await new FirstRunPage(page).fillProfile('Amina Haddad');
  const setup = new SetupPage(page);
  await expect(setup.heading).toBeVisible();
  await screenshotForReview(page, 'setup-page');
  await setup.createSpace({
    name: 'TIP network',
    description: 'Referral partners across the region',
    languages: ['French', 'Arabic'],
  });

  // The space opens on Drafts, and the used code is gone from the address bar.
  await expect(page.getByRole('heading', { level: 1, name: 'Drafts' })).toBeVisible();
  await expect(page).toHaveURL(/#\/drafts$/);
  expect(page.url()).not.toContain('code=');
  await expect(page.getByRole('combobox', { name: 'Space' })).toHaveValue(`${relay.url} tip-network`);
  await expect(page.getByRole('combobox', { name: 'Space' }).locator('option:checked')).toHaveText(
    'TIP network',
  );

  await startDraft(page, 'Referral checklist');
  await draftBody(page).click();
  await page.keyboard.type('First step: listen.');
  await expect(draftBody(page)).toContainText('First step: listen.');
  await expect(page.locator('[data-sync="saved"]')).toBeVisible();

  // The person is the space's owner: the Members page lists them as such.
  await page.getByRole('navigation').getByRole('button', { name: 'Members' }).click();
  const row = page
    .locator('.members-table')
    .first()
    .getByRole('row', { name: /Amina Haddad/ });
  await expect(row).toContainText('Owner');
});

test('a setup link works once; a second use and a forged code are refused with a clear message', async ({
  page,
  browser,
  relay,
}) => {
  const link = setupLinkOf(relay);
  await page.goto(link);
  await new FirstRunPage(page).fillProfile('Amina Haddad');
  await new SetupPage(page).createSpace({ name: 'TIP network' });
  await expect(page).toHaveURL(/#\/drafts$/);

  // Someone else opens the same link afterwards.
  const later = await (await browser.newContext()).newPage();
  await later.goto(link);
  await new FirstRunPage(later).fillProfile('Bakhyt Ospanov');
  const second = new SetupPage(later);
  await expect(second.refusal).toHaveText(/already been used.*works only once/);
  await expect(later.getByRole('textbox', { name: 'Space name' })).toHaveCount(0);
  await screenshotForReview(later, 'setup-page-used');

  // A code the relay never issued.
  await later.goto(`${relay.url}/#/setup?code=forged-code-0000000000000000`);
  await expect(second.refusal).toHaveText(/not valid/);
  await expect(later.getByRole('textbox', { name: 'Space name' })).toHaveCount(0);

  // Over HTTP too: the code cannot found a second space.
  const code = new URL(link).hash.split('code=')[1] ?? '';
  const response = await fetch(`${relay.url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      code,
      displayName: 'Mallory',
      space: { name: 'Other', description: '', languages: [] },
    }),
  });
  expect(response.status).toBe(410);
  await later.context().close();
});

test('an owner creates another space from the space switcher and it opens', async ({ page, relay }) => {
  await page.goto(setupLinkOf(relay));
  await new FirstRunPage(page).fillProfile('Amina Haddad');
  await new SetupPage(page).createSpace({ name: 'TIP network' });
  await expect(page).toHaveURL(/#\/drafts$/);

  await page.getByRole('banner').getByRole('button', { name: 'New space' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New space' })).toBeVisible();
  // The form explains each mistake and keeps what was typed.
  await page.getByRole('button', { name: 'Create space' }).click();
  await expect(page.getByText('Enter a name for the space.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Space name' }).fill('Shelter partners');
  await page.getByRole('checkbox', { name: /^English\b/ }).uncheck();
  await page.getByRole('button', { name: 'Create space' }).click();
  await expect(page.getByText('Choose at least one language.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Space name' })).toHaveValue('Shelter partners');
  await screenshotForReview(page, 'new-space-form-mistakes');
  await page.getByRole('checkbox', { name: /^Spanish\b/ }).check();
  await page.getByRole('button', { name: 'Create space' }).click();

  await expect(page).toHaveURL(/#\/drafts$/);
  const switcher = page.getByRole('combobox', { name: 'Space' });
  await expect(switcher).toHaveValue(`${relay.url} shelter-partners`);
  await expect(switcher.locator('option')).toHaveText(['TIP network', 'Shelter partners']);
  await page.getByRole('navigation').getByRole('button', { name: 'Members' }).click();
  await expect(page.getByText('As an owner of Shelter partners')).toBeVisible();
});
