// One truth for the connection: the top bar and the open draft read it the same way, so with the network gone
// both say offline, and a reload without a network shows "Offline" in the top bar, not "Connecting…" forever.
import { draftBody, joinAs, startDraft } from './drafts-people';
import { expect, test } from './fixtures';

test('offline, the top bar and the draft both say so, before and after a reload', async ({
  browser,
  relay,
}) => {
  test.setTimeout(90_000);
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const { page, context } = amina;
  const topBar = page.locator('.connection');
  await startDraft(page, 'Referral pathways');
  await draftBody(page).click();
  await page.keyboard.type('Online first.');
  await expect(page.locator('[data-sync="saved"]')).toBeVisible();
  await expect(topBar).toHaveAttribute('data-state', 'connected');
  // The first visit installed the offline shell, so the page reloads without a network.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  await context.setOffline(true);
  await expect(page.locator('[data-sync="offline"]')).toBeVisible();
  await expect(topBar).toHaveAttribute('data-state', 'offline');
  await expect(topBar).toHaveText(/Offline/);

  await page.reload();
  await expect(draftBody(page)).toContainText('Online first.');
  await expect(topBar).toHaveAttribute('data-state', 'offline');
  await expect(page.locator('[data-sync="offline"]')).toBeVisible();
  // Not a passing moment: it stays "Offline", never "Connecting…".
  await page.waitForTimeout(2000);
  await expect(topBar).toHaveAttribute('data-state', 'offline');
  await expect(page.locator('[data-sync="offline"]')).toBeVisible();

  await context.setOffline(false);
  await expect(topBar).toHaveAttribute('data-state', 'connected', { timeout: 30_000 });
  await expect(page.locator('[data-sync="saved"]')).toBeVisible({ timeout: 30_000 });
  await context.close();
});
