// A workshop hosted by the desktop app with no server and no internet: the relay the app embeds serves the
// session to a browser in the room, which joins by the session's local-network link and takes part.
import { defaultProfile, expect, screenshotForReview, test } from './fixtures';
import { standInForThePreload, startDesktopHost } from './page-models/session-desktop-host';
import { SessionFacilitator } from './page-models/session-facilitator';
import { SessionParticipant } from './page-models/session-participant';

test('a browser on the local network joins a session hosted by the desktop app by its link', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const desktop = await startDesktopHost();
  try {
    await standInForThePreload(page, desktop.relay, { ...defaultProfile, displayName: 'Grace Achieng' });
    const here = await desktop.url();
    await page.goto(`${here}/`);

    // Start on this computer, then share on the local network (as the desktop's screens do it).
    const main = page.getByRole('main');
    await main.getByRole('button', { name: 'Start on this computer' }).click();
    await main.getByRole('textbox', { name: 'Space name' }).fill('Coast workshop room');
    const demo = page.locator('.start-here-demo input');
    if ((await demo.count()) > 0) await demo.uncheck();
    await main.getByRole('button', { name: 'Create space' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Drafts' })).toBeVisible();
    await page.getByRole('navigation').getByRole('button', { name: 'Members' }).click();
    const share = page.getByRole('region', { name: 'Share on the local network' });
    await share.getByRole('button', { name: 'Share on the local network' }).click();
    await expect(share.getByRole('status').first()).toHaveText('This space is shared on the local network.');

    const facilitator = new SessionFacilitator(page);
    await facilitator.createSession({
      title: 'Referral pathways',
      agenda: [{ title: 'Gaps we see', minutes: 15 }],
      anonymity: 'Shown to everyone',
      dots: 2,
    });
    const code = await facilitator.code();
    const link = await facilitator.joinLink();
    // The link names this computer's address on the network, never the loopback one.
    expect(link).toBe(`${here.replace('127.0.0.1', 'localhost')}/#/session-join?code=${code}`);
    await screenshotForReview(page, 'session-desktop-host-en');

    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const participant = new SessionParticipant(await phone.newPage());
    await participant.join(link, 'Bakhyt Ospanov');
    await expect(participant.itemTitle()).toHaveText('Gaps we see');
    await facilitator.startTimer();
    await expect(participant.timer).toHaveAttribute('data-state', 'running');
    await participant.addNote('No interpreter at night');
    await expect(facilitator.note('No interpreter at night')).toContainText('Bakhyt Ospanov');
    await screenshotForReview(participant.page, 'session-lan-participant-phone-en');
    await phone.close();
  } finally {
    await desktop.stop();
  }
});
