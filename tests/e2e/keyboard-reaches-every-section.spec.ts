// Someone who cannot use a mouse reaches every section with Tab, Enter and Space, always sees where the
// focus is, and can skip straight to the content.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SECTIONS = ['Library', 'Drafts', 'Sessions', 'Members', 'Settings'];

/** Presses Tab until the focused element has this accessible name, failing after a bounded number of steps. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let step = 0; step < 30; step++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

async function focusOutline(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return element ? getComputedStyle(element).outlineStyle : 'none';
  });
}

test('Tab, Enter and Space reach every section with a visible focus', async ({ page, openJoined }) => {
  await openJoined({ space: 'tip-network' });
  await page.locator('body').click({ position: { x: 5, y: 5 } });

  for (const [index, section] of SECTIONS.entries()) {
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, section);
    expect(await focusOutline(page)).not.toBe('none');
    await page.keyboard.press(index % 2 === 0 ? 'Enter' : 'Space');
    await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
    await expect(page.getByRole('button', { name: section })).toHaveAttribute('aria-current', 'page');
  }
});

test('the skip link is the first stop and moves focus to the main content', async ({ page, openJoined }) => {
  await openJoined({ space: 'tip-network' });
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('every control has an accessible name', async ({ page, openJoined }) => {
  await openJoined({ space: 'tip-network' });
  for (const section of SECTIONS) {
    await page.getByRole('button', { name: section }).click();
    await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, textarea, a[href]')]
        .filter((element) => {
          const labelled = (element as HTMLInputElement).labels?.length;
          const text = element.textContent?.trim();
          return (
            !labelled &&
            !text &&
            !element.getAttribute('aria-label') &&
            !element.getAttribute('aria-labelledby')
          );
        })
        .map((element) => element.outerHTML.slice(0, 120)),
    );
    expect(unnamed, `unnamed controls in ${section}`).toEqual([]);
  }
});
