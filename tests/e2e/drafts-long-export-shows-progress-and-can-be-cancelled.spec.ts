// Exporting a long draft shows a progress bar with a Cancel button; cancelling stops the export with a message
// and nothing is downloaded, and exporting again runs to the end and downloads the file.
import type { Download } from '@playwright/test';
import { createDraft, draftBody, joinAs } from './drafts-people';
import { expect, test } from './fixtures';

/** Enough blocks that the Word export works through them in several chunks, giving the page turns between. */
const PARAGRAPHS = 600;

test('a long Word export shows progress, stops when cancelled without downloading, and completes when left', async ({
  browser,
  relay,
}) => {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const { page } = amina;
  await createDraft(page, 'Training curriculum');
  await draftBody(page).click();
  // Pasted as a person would bring in a long text from elsewhere.
  await draftBody(page).evaluate((body, count) => {
    const html = Array.from({ length: count }, (_, n) => `<p>Module ${n + 1}: identifying victims.</p>`).join(
      '',
    );
    const data = new DataTransfer();
    data.setData('text/html', html);
    body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, PARAGRAPHS);
  await expect(draftBody(page).locator(':scope > p')).toHaveCount(PARAGRAPHS);

  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  const exportBar = page.getByRole('group', { name: 'Export:' });

  // Start, then press Cancel as soon as it appears: in the page, so it lands before the export's next chunk.
  const sawProgress = await exportBar.evaluate(async (bar) => {
    const button = (name: string) =>
      Array.from(bar.querySelectorAll('button')).find((candidate) => candidate.textContent?.trim() === name);
    button('Word (.docx)')?.click();
    for (let turn = 0; turn < 100 && !button('Cancel'); turn++) await Promise.resolve();
    const progress = bar.querySelector('progress[aria-label="Export progress"]') !== null;
    button('Cancel')?.click();
    return progress;
  });
  expect(sawProgress, 'a progress bar shows while exporting').toBe(true);
  await expect(exportBar.getByRole('status')).toHaveText('Export cancelled.');
  await expect(exportBar.getByRole('progressbar')).toHaveCount(0);
  await expect(exportBar.getByRole('button', { name: 'Word (.docx)' })).toBeEnabled();
  expect(downloads, 'a cancelled export downloads nothing').toHaveLength(0);

  // Left alone, the same export finishes and hands over the file.
  const finished = page.waitForEvent('download');
  await exportBar.getByRole('button', { name: 'Word (.docx)' }).click();
  const download = await finished;
  expect(download.suggestedFilename()).toBe('Training curriculum.docx');
  await expect(exportBar.getByRole('status')).toHaveText('Exported.');
  expect(downloads).toHaveLength(1);
  await amina.context.close();
});
