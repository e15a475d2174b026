// On a first visit, before any profile exists, Commons speaks the browser's (or system's) preferred language
// when it has that language, and English otherwise.
import { expect, test } from './fixtures';

test.describe('a Brazilian Portuguese browser', () => {
  test.use({ locale: 'pt-BR' });

  test('gets the first-run screen in Portuguese', async ({ page, relay }) => {
    await page.goto(`${relay.url}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Bem-vindo ao Commons' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
    await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('pt');
  });
});

test.describe('a Nepali browser', () => {
  test.use({ locale: 'ne-NP' });

  test('gets the first-run screen in Nepali, kept once the profile is saved', async ({ page, relay }) => {
    await page.goto(`${relay.url}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Commons मा स्वागत छ' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ne');
    await page.getByRole('textbox', { name: 'देखिने नाम' }).fill('Sita Gurung');
    await page.getByRole('button', { name: 'जारी राख्नुहोस्' }).click();
    await expect(page.getByRole('navigation', { name: 'खण्डहरू' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'खण्डहरू' })).toBeVisible();
  });
});

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('gets English, which Commons falls back to', async ({ page, relay }) => {
    await page.goto(`${relay.url}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Commons' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
