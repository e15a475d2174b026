// Choosing Arabic lays the whole interface out right to left (and back), and the choice survives a reload.
import type { Page } from '@playwright/test';
import { expect, screenshotForReview, test } from './fixtures';

async function navigationSide(page: Page): Promise<'start-left' | 'start-right'> {
  const nav = await page.getByRole('navigation').boundingBox();
  const main = await page.getByRole('main').boundingBox();
  if (!nav || !main) throw new Error('navigation or main is not laid out');
  return nav.x < main.x ? 'start-left' : 'start-right';
}

test('switching to Arabic flips the layout to right-to-left and back', async ({ page, openJoined }) => {
  await openJoined({ space: 'tip-network' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  expect(await navigationSide(page)).toBe('start-left');
  await screenshotForReview(page, 'library-en');

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');

  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1, name: 'الإعدادات' })).toBeVisible();
  expect(await page.getByRole('main').evaluate((main) => getComputedStyle(main).direction)).toBe('rtl');
  expect(await navigationSide(page)).toBe('start-right');
  await screenshotForReview(page, 'settings-ar');

  await page.reload();
  await expect(html).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: 'المكتبة' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'المكتبة' })).toBeVisible();
  await screenshotForReview(page, 'library-ar');

  await page.getByRole('button', { name: 'الإعدادات' }).click();
  await page.getByRole('combobox', { name: 'اللغة' }).selectOption('en');
  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(html).toHaveAttribute('lang', 'en');
  expect(await navigationSide(page)).toBe('start-left');
});

test('dates follow the chosen language', async ({ page, openJoined, relay }) => {
  await openJoined({ space: 'tip-network', profile: { language: 'ar' } });
  const opened = {
    serverUrl: relay.url,
    space: 'tip-network',
    id: 'nrm-guide',
    title: 'NRM guideline',
    openedAt: Date.UTC(2024, 2, 15, 12),
  };
  await page.evaluate(
    (document) => localStorage.setItem('commons.recentDocuments', JSON.stringify([document])),
    opened,
  );
  await page.reload();
  // March in Arabic; the English month name must not leak through.
  await expect(page.getByRole('main')).toContainText('مارس');
  await expect(page.getByRole('main')).not.toContainText('Mar');

  await page.getByRole('button', { name: 'الإعدادات' }).click();
  await page.getByRole('combobox', { name: 'اللغة' }).selectOption('fr');
  await page.getByRole('button', { name: 'Bibliothèque' }).click();
  await expect(page.getByRole('main')).toContainText('mars 2024');
});
