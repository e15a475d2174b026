// Data saver, for a participant on a slow or costly link: once on (and still on after a reload), moving the
// caret around a shared draft sends this person's presence a few times instead of on every move, and Settings
// says how much the session has downloaded, files and live updates apart.
import type { Page } from '@playwright/test';
import { caretAtEnd, createDraft, joinAs } from './drafts-people';
import { expect, test } from './fixtures';
import { SettingsPage } from './page-models/settings-page';

const MESSAGE_AWARENESS = 1;

/** Counts the presence (awareness) messages this page sends on its WebSockets from now on. */
function countPresenceSent(page: Page): { count: () => number } {
  let sent = 0;
  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => {
      if (typeof payload !== 'string' && payload[0] === MESSAGE_AWARENESS) sent += 1;
    });
  });
  return { count: () => sent };
}

/** Moves the caret back and forth at a person's pace (a tenth of a second apart, so no two moves share a frame). */
async function moveCaretAround(page: Page, moves: number): Promise<void> {
  for (let move = 0; move < moves; move += 1) {
    await page.keyboard.press(move % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForTimeout(100);
  }
}

const SCALE: Record<string, number> = { byte: 0.001, kB: 1, MB: 1000 };

/** The index-th amount in a "… 12 kB … 420 byte …" reading, in kB. */
const kilobytes = (text: string, index: number) => {
  const values = [...text.matchAll(/([\d.,]+)\s*(byte|kB|MB)/g)].map(
    ([, value = '0', unit = 'kB']) => Number(value.replace(/,/g, '')) * (SCALE[unit] ?? 1),
  );
  return values[index] ?? Number.NaN;
};

test('with data saver on, presence goes out a few times instead of on every caret move', async ({
  browser,
  relay,
}) => {
  const author = await joinAs(browser, relay, 'sahel', { displayName: 'Aminata' });
  const { page } = author;
  const presence = countPresenceSent(page);
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.setDataSaver(true);
  await page.reload();
  await settings.open();
  await expect(settings.dataSaver).toBeChecked();

  await page.locator('nav button:has([data-section="drafts"])').click();
  await createDraft(page, 'Rapport de terrain');
  await caretAtEnd(page);
  await page.keyboard.type('Bamako');
  const before = presence.count();
  await moveCaretAround(page, 20);
  await expect(page.locator('[data-sync="saved"]')).toBeVisible();
  // 20 moves in about 2 seconds, under the 3-second interval: the first goes at once, the last one interval later.
  await expect.poll(() => presence.count() - before, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
  expect(presence.count() - before).toBeLessThanOrEqual(3);

  await settings.open();
  await expect
    .poll(async () => kilobytes((await settings.downloaded.textContent()) ?? '', 2))
    .toBeGreaterThan(0);
  const reading = (await settings.downloaded.textContent()) ?? '';
  expect(kilobytes(reading, 0)).toBeGreaterThan(kilobytes(reading, 2));
  await author.context.close();
});

test('without data saver, every caret move is sent', async ({ browser, relay }) => {
  const author = await joinAs(browser, relay, 'sahel', { displayName: 'Aminata' });
  const { page } = author;
  const presence = countPresenceSent(page);
  await createDraft(page, 'Rapport de terrain');
  await caretAtEnd(page);
  await page.keyboard.type('Bamako');
  const before = presence.count();
  await moveCaretAround(page, 20);
  // Nearly every move (a busy machine may fold two moves into one editor update).
  await expect.poll(() => presence.count() - before).toBeGreaterThanOrEqual(12);
  await author.context.close();
});
