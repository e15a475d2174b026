// While the drafts list shows, the editor's code is loaded for the first draft the person opens, but only where
// that costs no bytes on their link: through the service worker (which downloads the rest of the app anyway) and
// with data saver off; the first draft then opens with no "Loading the editor…" in between. With data saver on,
// the editor still comes only when a draft opens.
import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';

const EDITOR = /\/assets\/DraftEditor-[\w-]+\.js$/;

function editorRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => {
    if (EDITOR.test(request.url())) requests.push(request);
  });
  return requests;
}

/** Shows the list in a page the service worker controls, as from a person's second visit on. */
async function showDraftsList(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  // A page that loaded while the worker was still being set up can stay uncontrolled until it loads again.
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.locator('nav button:has([data-section="drafts"])').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Drafts' })).toBeVisible();
}

test('the drafts list loads the editor through the service worker before any draft is opened', async ({
  page,
  openJoined,
}) => {
  await openJoined({ space: 'tip-network' });
  const requests = editorRequests(page);
  await showDraftsList(page);

  await expect.poll(() => requests.length).toBeGreaterThan(0);
  const response = await requests[0]?.response();
  expect(response?.ok()).toBe(true);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Drafts' })).toBeVisible();

  // The first draft opened comes up at once: no "Loading the editor…" in between.
  await page.evaluate(() => {
    const state = window as unknown as { editorFallbackSeen: boolean };
    state.editorFallbackSeen = false;
    new MutationObserver(() => {
      if (document.body.textContent?.includes('Loading the editor…')) state.editorFallbackSeen = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByRole('textbox', { name: 'Title' }).fill('Referral guideline');
  await page.getByRole('button', { name: 'Create and open' }).click();
  await expect(page.locator('.draft-body')).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { editorFallbackSeen: boolean }).editorFallbackSeen),
  ).toBe(false);
});

test('with data saver on, the editor loads only when a draft opens', async ({ page, openJoined }) => {
  await openJoined({ space: 'tip-network', profile: { dataSaver: true } });
  const requests = editorRequests(page);
  await showDraftsList(page);

  // The list waits for the page to be idle, two seconds at the most, before it would load the editor.
  await page.waitForTimeout(3000);
  expect(requests).toEqual([]);

  await page.getByRole('textbox', { name: 'Title' }).fill('Referral guideline');
  await page.getByRole('button', { name: 'Create and open' }).click();
  await expect(page.locator('.draft-body')).toBeVisible();
  expect(requests.length).toBeGreaterThan(0);
});
