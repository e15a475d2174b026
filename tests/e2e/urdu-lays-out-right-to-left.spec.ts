// Urdu lays the interface out right to left, like Arabic, and reads in the shipped Nastaliq face; on a phone too.
import type { Page } from '@playwright/test';
import { expect, screenshotForReview, test } from './fixtures';

async function navigationSide(page: Page): Promise<'start-left' | 'start-right'> {
  const nav = await page.getByRole('navigation').boundingBox();
  const main = await page.getByRole('main').boundingBox();
  if (!nav || !main) throw new Error('navigation or main is not laid out');
  return nav.x < main.x ? 'start-left' : 'start-right';
}

/** The shipped faces of one family that the browser has loaded (it loads one only when text needs it). */
async function loadedFaces(page: Page, family: string): Promise<number> {
  return page.evaluate(async (name) => {
    await document.fonts.ready;
    return [...document.fonts].filter(
      (face) => face.family.replace(/"/g, '') === name && face.status === 'loaded',
    ).length;
  }, family);
}

test('an Urdu interface lays out right to left in Nastaliq', async ({ page, openJoined }) => {
  await openJoined({ space: 'tip-network', profile: { language: 'ur' } });
  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'ur');
  await expect(page.getByRole('navigation', { name: 'حصے' })).toBeVisible();
  expect(await page.getByRole('main').evaluate((main) => getComputedStyle(main).direction)).toBe('rtl');
  expect(await navigationSide(page)).toBe('start-right');
  await expect.poll(() => loadedFaces(page, 'Commons Nastaliq Urdu')).toBeGreaterThan(0);
  await screenshotForReview(page, 'library-ur');

  await page.getByRole('button', { name: 'ترتیبات' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ترتیبات' })).toBeVisible();
  await screenshotForReview(page, 'settings-ur');

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(html).toHaveAttribute('dir', 'rtl');
  await screenshotForReview(page, 'settings-ur-phone');
});
