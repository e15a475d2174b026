// "Saved" means stored: a relay killed (SIGKILL) before it confirmed an edit leaves the draft saying the edit is
// not yet on the server, kept on this computer; when the relay restarts the edit reaches it, and only once it is
// stored does the draft say saved, which a second crash right after cannot undo.
import type { Page } from '@playwright/test';
import { draftBody, joinAs, startDraft } from './drafts-people';
import { expect, test } from './fixtures';
import { RestartableRelay } from './restartable-relay';

const status = (page: Page) => page.locator('.draft-sync');

test('a relay killed before confirming leaves the edit unsaved, and it reaches the relay after a restart', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const relay = await RestartableRelay.create();
  try {
    await relay.start();
    const fixture = await relay.fixture();
    const amina = await joinAs(browser, fixture, 'nrm', { displayName: 'Amina Haddad' });
    await startDraft(amina.page, 'Crash notes');
    await draftBody(amina.page).click();
    await amina.page.keyboard.type('Stored before the crash.');
    await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible({ timeout: 15_000 });
    const address = amina.page.url();

    // The relay stops reading; the edit goes out on the still-open socket and is never confirmed.
    relay.freeze();
    await amina.page.keyboard.press('Enter');
    await amina.page.keyboard.type('Written as the relay died.');
    await expect(status(amina.page)).toHaveAttribute('data-unconfirmed', /[1-9]/);
    await expect(amina.page.locator('[data-sync="saved"]')).toHaveCount(0);
    await amina.page.waitForTimeout(1000);
    await expect(amina.page.locator('[data-sync="saved"]')).toHaveCount(0);

    await relay.kill();
    await expect(amina.page.locator('[data-sync="offline"]')).toBeVisible({ timeout: 15_000 });
    await expect(status(amina.page)).toContainText('not yet on the server');

    // Back in its place: the edit is sent again, stored, and only then saved.
    await relay.start();
    await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible({ timeout: 45_000 });

    // "Saved" was true: a second crash at once loses nothing.
    await relay.kill();
    await relay.start();
    const reader = await joinAs(browser, fixture, 'nrm', { displayName: 'Bakhyt Ospanov' });
    await reader.page.goto(address);
    await expect(draftBody(reader.page)).toContainText('Written as the relay died.', { timeout: 30_000 });
    await amina.context.close();
    await reader.context.close();
  } finally {
    await relay.remove();
  }
});
