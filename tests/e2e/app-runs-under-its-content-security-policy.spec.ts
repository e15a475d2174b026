// The page's Content-Security-Policy (no eval, no inline scripts or styles, connections only to relays) is
// strict enough to matter, so every section must work under it without a single violation.
import { expect, screenshotForReview, test } from './fixtures';

test('every section and the first-run screen run without CSP violations', async ({
  page,
  relay,
  openJoined,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });

  await page.goto(`${relay.url}/`);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await screenshotForReview(page, 'first-run-errors');

  await openJoined({ space: 'tip-network' });
  for (const section of ['Library', 'Drafts', 'Sessions', 'Settings']) {
    await page.getByRole('button', { name: section }).click();
    await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
  }
  await screenshotForReview(page, 'settings-en');
  // The editor is a chunk loaded when a draft opens: a same-origin file, allowed by script-src 'self'.
  await page.getByRole('button', { name: 'Drafts' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Referral guideline');
  await page.getByRole('button', { name: 'Create and open' }).click();
  await page.locator('.draft-body').click();
  await page.keyboard.type('Loaded under the policy.');
  await expect(page.locator('.draft-body')).toContainText('Loaded under the policy.');
  expect(violations).toEqual([]);
});
