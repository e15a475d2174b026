// People join a space from a link a colleague sends: an invite link (exchanged at the relay for a token) or
// a token link printed by the relay's CLI. Every link asks first, naming the server and the space; the role is
// the relay's. Bad links are explained, and nothing already joined is lost.
import { expect, test } from './fixtures';
import { JoinConfirmation } from './page-models/join-confirmation';

test('an invite link on a fresh install asks for a profile, then joins and opens the Library', async ({
  page,
  relay,
}) => {
  const invite = await relay.invite('tip-network', 'commenter');
  await page.goto(`${relay.url}/#/join?space=tip-network&invite=${invite}`);

  await page.getByRole('textbox', { name: 'Display name' }).fill('Bakhyt Ospanov');
  await page.getByRole('button', { name: 'Continue' }).click();
  const question = new JoinConfirmation(page);
  await expect(question.server()).toHaveText(new URL(relay.url).host);
  await expect(question.panel).toContainText('Decided by the server');
  await question.join('tip-network');

  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page).toHaveURL(/#\/library$/);
  await expect(page.getByRole('combobox', { name: 'Space' })).toHaveValue(`${relay.url} tip-network`);
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();

  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('main')).toContainText('Commenter');
});

test('a token link joins after Join with the role the relay confirms, not the one the link claims', async ({
  page,
  openJoined,
  relay,
}) => {
  await openJoined({ space: 'first-space' });
  const token = await relay.token('second-space', 'viewer', 'Amina Haddad');
  await page.goto(`${relay.url}/#/join?space=second-space&token=${token}&role=owner`);
  await new JoinConfirmation(page).join('second-space');
  await expect(page).toHaveURL(/#\/library$/);
  await expect(page.getByRole('combobox', { name: 'Space' })).toHaveValue(`${relay.url} second-space`);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your spaces (2)' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Viewer');
  await expect(page.getByRole('main')).not.toContainText('Owner');
});

test('Cancel leaves without joining and keeps the spaces already joined', async ({
  page,
  openJoined,
  relay,
}) => {
  await openJoined({ space: 'first-space' });
  const invite = await relay.invite('other-space', 'editor');
  await page.goto(`${relay.url}/#/join?space=other-space&invite=${invite}`);
  await new JoinConfirmation(page).cancel();
  await expect(page).toHaveURL(/#\/library$/);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your spaces (1)' })).toBeVisible();
});

test('a refused invite is explained, offers a retry, and keeps the spaces already joined', async ({
  page,
  openJoined,
  relay,
}) => {
  await openJoined({ space: 'first-space' });
  await page.goto(`${relay.url}/#/join?space=other-space&invite=not-a-real-code`);
  await new JoinConfirmation(page).join('other-space');
  await expect(page.getByRole('alert')).toContainText('not valid or has expired');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Space' })).toHaveValue(`${relay.url} first-space`);
});

test('a damaged join link says so instead of failing silently', async ({ page, openJoined, relay }) => {
  await openJoined({ space: 'first-space' });
  await page.goto(`${relay.url}/#/join?space=Not%20A%20Space&invite=x`);
  await expect(page.getByRole('alert')).toContainText('incomplete or damaged');
});

test('the connection indicator shows connected for a valid member, and a forged token is never saved', async ({
  page,
  openJoined,
  relay,
}) => {
  await openJoined({ space: 'tip-network' });
  const status = page.locator('.connection');
  await expect(status).toHaveAttribute('data-state', 'connected');
  await expect(status).toHaveText(/Connected/);
  await expect(status).toHaveAttribute('aria-live', 'polite');

  // The relay checks the token at Join: a forged one is refused there, before it becomes a space.
  await page.goto(`${relay.url}/#/join?space=revoked-space&token=forged-token&role=editor`);
  await new JoinConfirmation(page).join('revoked-space');
  await expect(page.getByRole('alert')).toContainText('not valid or has expired');
  await expect(page.getByRole('combobox', { name: 'Space' })).toHaveValue(`${relay.url} tip-network`);
  await expect(status).toHaveAttribute('data-state', 'connected');
});

test('leaving a space asks for confirmation, then forgets it', async ({ page, openJoined }) => {
  await openJoined({ space: 'tip-network' });
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Leave tip-network' }).click();
  await expect(page.getByText('You will need a new invite to come back.')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your spaces (1)' })).toBeVisible();

  await page.getByRole('button', { name: 'Leave tip-network' }).click();
  await expect(page.getByRole('button', { name: 'Leave space' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Your spaces (0)' })).toBeVisible();
  await expect(page.locator('.connection')).toHaveText(/No space joined/);
  await page.reload();
  await expect(page.getByText('No space yet')).toBeVisible();
});
