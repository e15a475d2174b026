// The desktop's first run, in Chromium: the page gets a stand-in for what Electron's preload exposes
// (`window.commons`, settings kept in the page, host calls answered by the test's relay), so the app's own
// desktop platform and screens run unchanged. "Start on this computer" creates a space owned by this person
// and opens it for drafting; "Share on the local network" hands out a join link another person opens.
import type { Page } from '@playwright/test';
import { draftBody, startDraft } from './drafts-people';
import { defaultProfile, expect, type RelayFixture, screenshotForReview, test } from './fixtures';
import { installDesktopPreload } from './page-models/desktop-preload-stand-in';
import { JoinConfirmation } from './page-models/join-confirmation';

interface HostLog {
  calls: string[];
}

/**
 * Answers host:* for the page as main would, with the test's relay standing in for the embedded one. The
 * "local network" address is `localhost`: another origin the second browser reaches the same relay on.
 */
async function standInForThePreload(page: Page, relay: RelayFixture): Promise<HostLog> {
  const log: HostLog = { calls: [] };
  const code = new URL(relay.setupLink ?? '').hash.split('code=')[1];
  if (!code) throw new Error('a fresh relay should print a setup link');
  const lan = relay.url.replace('127.0.0.1', 'localhost');
  let network: 'this-computer' | 'local-network' | null = null;
  const addresses = () => ({
    url: relay.url,
    lanUrls: network === 'local-network' ? [lan] : [],
    network,
  });
  await installDesktopPreload(page, defaultProfile, async (method, input) => {
    log.calls.push(input ? `${method} ${input.network}` : method);
    switch (method) {
      case 'start':
        network = input?.network ?? null;
        return addresses();
      case 'status':
        return network === null
          ? { running: false, network: null, url: null, lanUrls: [] }
          : { running: true, ...addresses() };
      case 'setupCode':
        return { code };
      default:
        network = null;
        return { stopped: true };
    }
  });
  return log;
}

test('start on this computer: a space owned here opens for drafting, then is shared on the local network', async ({
  page,
  browser,
  relay,
}) => {
  const host = await standInForThePreload(page, relay);
  await page.goto(`${relay.url}/`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Start working together' })).toBeVisible();
  await expect(main.getByRole('textbox', { name: 'Invite link' })).toBeVisible();
  await screenshotForReview(page, 'welcome-desktop-en');

  await main.getByRole('button', { name: 'Start on this computer' }).click();
  await main.getByRole('textbox', { name: 'Space name' }).fill('Kenya drafting');
  await main.getByRole('button', { name: 'Create space' }).click();
  // Loopback first: nothing is shared until the person asks.
  expect(host.calls).toEqual(['status', 'start this-computer', 'setupCode']);

  await expect(page.getByRole('heading', { level: 1, name: 'Drafts' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Space' })).toHaveValue(`${relay.url} kenya-drafting`);
  await startDraft(page, 'Referral checklist');
  await draftBody(page).click();
  await page.keyboard.type('First step: listen.');
  await expect(page.locator('[data-sync="saved"]')).toBeVisible();

  await page.getByRole('navigation').getByRole('button', { name: 'Members' }).click();
  const share = page.getByRole('region', { name: 'Share on the local network' });
  // Before anything is shared, the screen says what the network can see.
  await expect(share).toContainText('plain HTTP, not encrypted: anyone on this network can see what is sent');
  await share.getByRole('combobox', { name: 'They join as' }).selectOption('commenter');
  await share.getByRole('button', { name: 'Share on the local network' }).click();
  await expect(share.getByRole('status').first()).toHaveText('This space is shared on the local network.');
  const link = share.getByRole('textbox', { name: /^Join link for the local network/ });
  await expect(link).toHaveValue(
    new RegExp(`^${relay.url.replace('127.0.0.1', 'localhost')}/#/join\\?space=kenya-drafting&invite=`),
  );
  await expect(
    share.getByRole('img', { name: 'QR code of the join link for the local network' }),
  ).toBeVisible();
  await expect(share).toContainText('This link is a key: anyone who has it can join the space.');
  await screenshotForReview(page, 'share-on-the-local-network-en');

  // Someone else in the room opens the link in a browser and reads the draft.
  const joinLink = await link.inputValue();
  const other = await browser.newContext();
  const guest = await other.newPage();
  await guest.goto(joinLink);
  await guest.getByRole('textbox', { name: 'Display name' }).fill('Bakhyt Ospanov');
  await guest.getByRole('button', { name: 'Continue' }).click();
  const question = new JoinConfirmation(guest);
  await expect(question.server()).toHaveText(new URL(joinLink).host);
  await question.join('kenya-drafting');
  await expect(guest.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await guest.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await expect(guest.getByRole('main')).toContainText('Commenter');
  await other.close();

  await share.getByRole('button', { name: 'Stop sharing' }).click();
  await expect(share.getByRole('status').first()).toHaveText(
    'Sharing stopped. Only this computer can reach the space now.',
  );
  expect(host.calls.slice(-1)).toEqual(['start this-computer']);
});
