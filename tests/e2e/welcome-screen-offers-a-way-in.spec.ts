// A person with a profile and no space is never stuck: the welcome screen says where a way in comes from
// (the relay's setup link, a colleague's invite) and takes a pasted invite link, web or commons://.
import type { Page } from '@playwright/test';
import { defaultProfile, expect, screenshotForReview, test } from './fixtures';
import { JoinConfirmation } from './page-models/join-confirmation';

async function openWithProfileOnly(page: Page, url: string, language = 'en'): Promise<void> {
  await page.goto(`${url}/`);
  await page.evaluate((profile) => localStorage.setItem('commons.profile', JSON.stringify(profile)), {
    ...defaultProfile,
    language,
  });
  await page.reload();
}

test('in a browser, the welcome screen points to the setup and invite links, and settings stay reachable', async ({
  page,
  relay,
}) => {
  await openWithProfileOnly(page, relay.url);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Start working together' })).toBeVisible();
  await expect(main).toContainText('Open the setup link it printed when it started');
  await expect(main).toContainText('Open the invite link they sent you');
  await expect(main.getByRole('textbox', { name: 'Invite link' })).toBeVisible();
  // Hosting is the desktop's: a browser cannot listen for others, so it is not offered.
  await expect(page.getByRole('button', { name: 'Start on this computer' })).toHaveCount(0);
  await screenshotForReview(page, 'welcome-web-en');

  // Every space section shows the way in instead of an empty page; settings are still settings.
  await page.getByRole('button', { name: 'Drafts' }).click();
  await expect(main.getByRole('heading', { level: 1, name: 'Start working together' })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(main.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('a pasted web invite link joins the space and opens its library', async ({ page, relay }) => {
  const invite = await relay.invite('tip-network', 'editor');
  await openWithProfileOnly(page, relay.url);
  const link = page.getByRole('textbox', { name: 'Invite link' });
  await link.fill(`  ${relay.url}/#/join?space=tip-network&invite=${invite}  `);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await new JoinConfirmation(page).join('tip-network');

  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Space' })).toHaveValue(`${relay.url} tip-network`);
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
});

test('a pasted commons:// invite link joins too', async ({ page, relay }) => {
  const invite = await relay.invite('tip-network', 'viewer');
  await openWithProfileOnly(page, relay.url);
  const params = new URLSearchParams({ server: relay.url, space: 'tip-network', invite });
  await page.getByRole('textbox', { name: 'Invite link' }).fill(`commons://join?${params}`);
  await page.getByRole('textbox', { name: 'Invite link' }).press('Enter');
  await new JoinConfirmation(page).join('tip-network');

  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('main')).toContainText('Viewer');
});

test('an empty, a foreign and a refused link are each explained, and the person can try again', async ({
  page,
  relay,
}) => {
  await openWithProfileOnly(page, relay.url);
  const link = page.getByRole('textbox', { name: 'Invite link' });
  const join = page.getByRole('button', { name: 'Join', exact: true });

  await join.click();
  await expect(page.getByRole('alert')).toHaveText('Paste the invite link first.');
  await expect(link).toHaveAttribute('aria-invalid', 'true');

  await link.fill('https://example.org/some/page');
  await join.click();
  await expect(page.getByRole('alert')).toContainText('This is not a Commons invite link.');

  await link.fill(`${relay.url}/#/join?space=tip-network&invite=not-a-real-code`);
  await join.click();
  await new JoinConfirmation(page).join('tip-network');
  await expect(page.getByRole('alert')).toContainText('not valid or has expired');
  await expect(link).not.toHaveAttribute('aria-invalid', 'true');

  const invite = await relay.invite('tip-network', 'editor');
  await link.fill(`${relay.url}/#/join?space=tip-network&invite=${invite}`);
  await join.click();
  await new JoinConfirmation(page).join('tip-network');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('in Arabic the welcome screen reads right to left', async ({ page, relay }) => {
  await openWithProfileOnly(page, relay.url, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'ابدأوا العمل معًا' })).toBeVisible();
  expect(await main.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  // Links are Latin text: the field stays left to right inside the right-to-left page.
  const link = main.getByRole('textbox', { name: 'رابط الدعوة' });
  expect(await link.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
  await screenshotForReview(page, 'welcome-web-ar');
});
