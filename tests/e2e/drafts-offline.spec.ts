// One officer keeps writing on a plane: offline edits stay on the computer, even across a real reload with no
// network (the service worker serves the app, IndexedDB the draft), the status says how many changes wait,
// and when the connection returns both people hold both edits. A draft never opened online opens offline too:
// the service worker fetched the editor in the background after the first visit.
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

test('after one online visit, a draft never opened before opens offline, takes typing and merges back online', async ({
  browser,
  relay,
}) => {
  test.setTimeout(120_000);
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const bakhyt = await joinAs(browser, relay, 'nrm', { displayName: 'Bakhyt Ospanov', colour: '#d93025' });
  await startDraft(bakhyt.page, 'Field notes');
  await draftBody(bakhyt.page).click();
  await bakhyt.page.keyboard.type('Started in the office.');
  await expect(bakhyt.page.locator('[data-sync="saved"]')).toBeVisible();
  // Amina only sees the list: the editor's code never loaded in her page.
  await expect(amina.page.getByRole('button', { name: 'Field notes' })).toBeVisible();
  // Once her first screen was up, the service worker fetched the rest of the app in the background.
  await expect
    .poll(
      () =>
        amina.page.evaluate(async () => {
          const { files } = (await (await fetch('app-files.json')).json()) as { files: string[] };
          const cache = await caches.open('commons-shell-v2');
          const cached = await Promise.all(
            files.map((file) => cache.match(new URL(file, document.baseURI).href)),
          );
          return cached.every(Boolean) && files.some((file) => /DraftEditor/.test(file));
        }),
      { timeout: 30_000 },
    )
    .toBe(true);

  await amina.context.setOffline(true);
  await amina.page.reload();
  await amina.page.getByRole('button', { name: 'Field notes' }).click();
  await writeParagraph(amina.page, 'Written on the plane.');
  await expect(draftBody(amina.page)).toContainText('Written on the plane.');
  await expect(amina.page.locator('[data-sync="offline"]')).toBeVisible();
  await writeParagraph(bakhyt.page, 'Written in the office.');

  await amina.context.setOffline(false);
  for (const page of [amina.page, bakhyt.page]) {
    for (const text of ['Started in the office.', 'Written on the plane.', 'Written in the office.']) {
      await expect(draftBody(page)).toContainText(text, { timeout: 30_000 });
    }
  }
  await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible({ timeout: 30_000 });
  await amina.context.close();
  await bakhyt.context.close();
});
