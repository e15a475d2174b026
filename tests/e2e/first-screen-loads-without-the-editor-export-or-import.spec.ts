// On a slow link the first screen and joining must not wait for code they do not use: the editor loads when a
// draft opens, Word/Markdown/HTML export and import only when first used. The page's requests are recorded (with
// the service worker blocked, so its background download of the rest of the app does not count).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'block' });

const EDITOR = /\/assets\/(?:DraftEditor|draftNodes)-[\w-]+\.js$/;
const EXPORT_IMPORT =
  /\/assets\/(?:exportDocx|exportMarkdown|exportHtml|importDocx|importMarkdown)-[\w-]+\.js$/;

/** The app's own files the page fetched, with the bytes on the wire (the compressed size when compressed). */
function recordAppFiles(page: Page): Map<string, number> {
  const files = new Map<string, number>();
  page.on('response', (response) => {
    const url = response.url();
    if (!/\/assets\/.+\.(?:js|css)$/.test(url)) return;
    files.set(url, Number(response.headers()['content-length'] ?? 0));
  });
  return files;
}

test('the first screen, joining and the drafts list load neither the editor nor export or import', async ({
  page,
  openJoined,
}) => {
  const files = recordAppFiles(page);
  await openJoined({ space: 'tip-network' });
  const firstScreenBytes = [...files.values()].reduce((sum, bytes) => sum + bytes, 0);
  console.log(`first screen and joining: ${files.size} files, ${firstScreenBytes} bytes of JS and CSS`);

  await page.getByRole('button', { name: 'Drafts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Drafts' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import a Word or Markdown file…' })).toBeVisible();
  const requested = [...files.keys()];
  expect(requested.filter((url) => EDITOR.test(url) || EXPORT_IMPORT.test(url))).toEqual([]);

  // Opening a draft brings the editor, still without export or import.
  await page.getByRole('textbox', { name: 'Title' }).fill('Referral guideline');
  await page.getByRole('button', { name: 'Create and open' }).click();
  await page.locator('.draft-body').click();
  await page.keyboard.type('Typed once the editor arrived.');
  await expect(page.locator('.draft-body')).toContainText('Typed once the editor arrived.');
  expect([...files.keys()].some((url) => EDITOR.test(url))).toBe(true);
  expect([...files.keys()].filter((url) => EXPORT_IMPORT.test(url))).toEqual([]);
});
