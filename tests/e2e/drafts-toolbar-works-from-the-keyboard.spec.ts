// The drafts toolbar behaves like a word processor's for someone on the keyboard (the WAI-ARIA toolbar
// pattern): one Tab stop, arrow keys between its controls (mirrored in Arabic), Home and End, and toggles that
// say whether they are on at the caret; screenshots of it in English and Arabic for review.
import type { Page } from '@playwright/test';
import { createDraft, draftBody, joinAs } from './drafts-people';
import { expect, screenshotForReview, test } from './fixtures';

const focusedName = (page: Page) =>
  page.evaluate(
    () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.className,
  );

test('the toolbar is one Tab stop with arrow keys inside, and shows what is on at the caret', async ({
  browser,
  relay,
}) => {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const { page } = amina;
  await createDraft(page, 'Referral guideline');
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  const bold = toolbar.getByRole('button', { name: 'Bold', exact: true });

  await draftBody(page).click();
  await page.keyboard.type('Who refers ');
  await expect(bold).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('the police');
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await expect(toolbar.getByRole('combobox', { name: 'Paragraph style' })).toHaveValue('paragraph');
  await expect(toolbar.getByRole('button', { name: 'Undo', exact: true })).toBeEnabled();
  // Every control says what it does when pointed at, not only to screen readers.
  for (const control of await toolbar.locator('button, select').all())
    expect(await control.getAttribute('title')).toBeTruthy();

  // From the back button, Tab enters the toolbar at its first control and the next Tab leaves it for the text.
  await page.getByRole('button', { name: 'Back to drafts' }).focus();
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('Paragraph style');
  await page.keyboard.press('ArrowRight');
  expect(await focusedName(page)).toBe('Bold');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  expect(await focusedName(page), 'the arrows wrap around').toBe('Undo');
  await page.keyboard.press('Home');
  expect(await focusedName(page)).toBe('Paragraph style');
  await page.keyboard.press('End');
  expect(await focusedName(page)).toBe('Undo');
  // Between the toolbar and the text sit only the Editing / Suggesting controls (consultation/suggestions).
  let stops = 0;
  const bodyFocused = () => draftBody(page).evaluate((body) => body === document.activeElement);
  while (stops < 4 && !(await bodyFocused())) {
    await page.keyboard.press('Tab');
    stops += 1;
  }
  await expect(draftBody(page)).toBeFocused();
  expect(stops, 'the text is at most four Tab presses past the toolbar').toBeLessThanOrEqual(4);
  for (let back = 0; back < stops; back += 1) await page.keyboard.press('Shift+Tab');
  expect(await focusedName(page), 'Tab comes back to the control last used').toBe('Undo');
  await expect(toolbar.locator('[tabindex="0"]')).toHaveCount(1);
  await screenshotForReview(page, 'drafts-toolbar-en');
  await amina.context.close();
});

test('in Arabic the arrow keys follow the mirrored toolbar', async ({ browser, relay }) => {
  const karim = await joinAs(browser, relay, 'nrm', { displayName: 'Karim Nasser', language: 'ar' });
  const { page } = karim;
  await page.getByRole('textbox', { name: 'العنوان' }).fill('قانون نموذجي');
  await page.getByRole('button', { name: 'إنشاء وفتح' }).click();
  await expect(page.locator('[data-sync="saved"]')).toBeVisible();
  const toolbar = page.getByRole('toolbar', { name: 'التنسيق' });
  await expect(toolbar).toHaveCSS('direction', 'rtl');

  await toolbar.getByRole('combobox', { name: 'نمط الفقرة' }).focus();
  await page.keyboard.press('ArrowLeft');
  expect(await focusedName(page)).toBe('غامق');
  await page.keyboard.press('ArrowRight');
  expect(await focusedName(page)).toBe('نمط الفقرة');
  await screenshotForReview(page, 'drafts-toolbar-ar');
  await karim.context.close();
});
