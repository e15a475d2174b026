// A fresh install asks who you are once: the profile is validated with clear messages, saved, and still
// there after a reload.
import { expect, test } from './fixtures';

test('first-run profile is validated, saved and remembered after reload', async ({ page, relay }) => {
  await page.goto(`${relay.url}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Commons' })).toBeVisible();

  await page.getByRole('button', { name: 'Continue' }).click();
  const name = page.getByRole('textbox', { name: 'Display name' });
  await expect(page.getByText('Enter the name your colleagues will see.')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();

  await name.fill('Amina Haddad');
  await page.getByRole('textbox', { name: 'Organisation' }).fill('Ministry of Justice');
  await page.getByRole('textbox', { name: 'Country' }).fill('Morocco');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Amina Haddad');

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Amina Haddad');
  await expect(page.getByRole('heading', { name: 'Welcome to Commons' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('textbox', { name: 'Organisation' })).toHaveValue('Ministry of Justice');
  await expect(page.getByRole('textbox', { name: 'Country' })).toHaveValue('Morocco');

  await page.getByRole('textbox', { name: 'Country' }).fill('Tunisia');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Profile saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Country' })).toHaveValue('Tunisia');
});

test('the first-run screen speaks the language chosen on it', async ({ page, relay }) => {
  await page.goto(`${relay.url}/`);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Commons' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Nom affiché' }).fill('Claire Martin');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('navigation', { name: 'Rubriques' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Bibliothèque' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
