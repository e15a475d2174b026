// One officer keeps writing on a plane: offline edits stay on the computer (even across a reload), the status
// says how many changes wait, and when the connection returns both people hold both edits.
import type { Browser } from '@playwright/test';
import { defaultProfile, expect, type RelayFixture, screenshotForReview, test } from './fixtures';

async function joinAs(browser: Browser, relay: RelayFixture, space: string, name: string, colour: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const token = await relay.token(space, 'editor', name);
  await page.goto(`${relay.url}/`);
  await page.evaluate((saved) => localStorage.setItem('commons.profile', JSON.stringify(saved)), {
    ...defaultProfile,
    displayName: name,
    colour,
  });
  await page.goto(`${relay.url}/#/join?${new URLSearchParams({ space, token, role: 'editor' })}`);
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
  await page.getByRole('button', { name: 'Drafts' }).click();
  return { context, page };
}

test('edits made offline survive a reload and merge with the other person’s when back online', async ({
  browser,
  relay,
}) => {
  test.setTimeout(120_000);
  const amina = await joinAs(browser, relay, 'nrm', 'Amina Haddad', '#1f6feb');
  const bakhyt = await joinAs(browser, relay, 'nrm', 'Bakhyt Ospanov', '#d93025');
  await amina.page.getByRole('textbox', { name: 'Title' }).fill('Lessons from the border');
  await amina.page.getByRole('button', { name: 'Create and open' }).click();
  const aminaBody = amina.page.locator('.draft-body');
  await aminaBody.click();
  await amina.page.keyboard.type('Shared start.');
  await bakhyt.page.getByRole('button', { name: 'Lessons from the border' }).click();
  const bakhytBody = bakhyt.page.locator('.draft-body');
  await expect(bakhytBody).toContainText('Shared start.');
  await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible();

  await amina.context.setOffline(true);
  await expect(amina.page.locator('[data-sync="offline"]')).toBeVisible({ timeout: 40_000 });
  await aminaBody.click();
  await amina.page.keyboard.press('Control+End');
  await amina.page.keyboard.press('Enter');
  await amina.page.keyboard.type('Written on the plane.');
  await bakhytBody.click();
  await bakhyt.page.keyboard.press('Control+End');
  await bakhyt.page.keyboard.press('Enter');
  await bakhyt.page.keyboard.type('Written in the office.');
  await expect(amina.page.locator('[data-sync="offline"]')).toContainText('changes kept on this computer');

  // A reload while still cut off. In web mode the page itself comes from the relay (the desktop app loads it
  // from disk), so the page stays reachable and only the relay's document connection and health check fail.
  let cutOff = true;
  await amina.context.routeWebSocket(/.*/, (socket) => {
    if (cutOff) socket.close();
    else socket.connectToServer();
  });
  await amina.context.route('**/healthz', (route) =>
    cutOff ? route.abort('internetdisconnected') : route.continue(),
  );
  await amina.context.setOffline(false);
  await amina.page.reload();
  await expect(amina.page.locator('.draft-body')).toContainText('Written on the plane.');
  await expect(amina.page.locator('.draft-body')).not.toContainText('Written in the office.');
  await expect(amina.page.locator('[data-sync="offline"]')).toContainText('not yet on the server');
  await screenshotForReview(amina.page, 'drafts-offline');

  cutOff = false;
  for (const page of [amina.page, bakhyt.page]) {
    await expect(page.locator('.draft-body')).toContainText('Written on the plane.', { timeout: 30_000 });
    await expect(page.locator('.draft-body')).toContainText('Written in the office.', { timeout: 30_000 });
  }
  await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible({ timeout: 30_000 });
  await amina.context.close();
  await bakhyt.context.close();
});
