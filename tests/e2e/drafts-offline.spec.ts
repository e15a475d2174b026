// One officer keeps writing on a plane: offline edits stay on the computer, even across a real reload with no
// network (the service worker serves the app, IndexedDB the draft), the status says how many changes wait,
// and when the connection returns both people hold both edits.
import type { Page } from '@playwright/test';
import { draftBody, joinAs, startDraft } from './drafts-people';
import { expect, screenshotForReview, test } from './fixtures';

async function writeParagraph(page: Page, text: string): Promise<void> {
  await draftBody(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

test('edits made offline survive an offline reload and merge with the other person’s when back online', async ({
  browser,
  relay,
}) => {
  test.setTimeout(120_000);
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const bakhyt = await joinAs(browser, relay, 'nrm', { displayName: 'Bakhyt Ospanov', colour: '#d93025' });
  await startDraft(amina.page, 'Lessons from the border');
  await draftBody(amina.page).click();
  await amina.page.keyboard.type('Shared start.');
  await bakhyt.page.getByRole('button', { name: 'Lessons from the border' }).click();
  await expect(draftBody(bakhyt.page)).toContainText('Shared start.');
  await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible();
  // The first visit installed the offline shell.
  await amina.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const [serviceWorker] = amina.context.serviceWorkers();
  expect(serviceWorker?.url()).toBe(`${relay.url}/service-worker.js`);

  await amina.context.setOffline(true);
  await expect(amina.page.locator('[data-sync="offline"]')).toBeVisible();
  await writeParagraph(amina.page, 'Written on the plane.');
  await writeParagraph(bakhyt.page, 'Written in the office.');
  // One typed line is one edit (or a few on a slow machine), not one per keystroke.
  const status = amina.page.locator('[data-sync="offline"]');
  await expect(status).toContainText(/Offline: \d+ edits? kept on this computer/);
  const edits = Number((await status.textContent())?.match(/(\d+) edits?/)?.[1]);
  expect(edits).toBeGreaterThanOrEqual(1);
  expect(edits).toBeLessThanOrEqual(3);

  // A real reload with no network at all: not the page, not the service worker can reach the relay.
  await amina.page.reload();
  expect(
    await serviceWorker?.evaluate(() =>
      fetch('/healthz').then(
        () => 'reached',
        () => 'offline',
      ),
    ),
  ).toBe('offline');
  expect(
    await amina.page.evaluate(() =>
      fetch('/healthz').then(
        () => 'reached',
        () => 'offline',
      ),
    ),
  ).toBe('offline');
  await expect(draftBody(amina.page)).toContainText('Written on the plane.');
  await expect(draftBody(amina.page)).not.toContainText('Written in the office.');
  await expect(amina.page.locator('[data-sync="offline"]')).toContainText('not yet on the server');
  await screenshotForReview(amina.page, 'drafts-offline');

  await amina.context.setOffline(false);
  for (const page of [amina.page, bakhyt.page]) {
    await expect(draftBody(page)).toContainText('Written on the plane.', { timeout: 30_000 });
    await expect(draftBody(page)).toContainText('Written in the office.', { timeout: 30_000 });
  }
  await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible({ timeout: 30_000 });
  await amina.context.close();
  await bakhyt.context.close();
});
