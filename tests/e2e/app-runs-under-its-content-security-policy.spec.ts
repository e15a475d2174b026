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
  expect(violations).toEqual([]);
});
