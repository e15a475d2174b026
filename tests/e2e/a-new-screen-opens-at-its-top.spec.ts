// Moving to another screen starts it at its top, as following a link to a new page does: a facilitator who
// scrolled down a long form to press "Create the session" sees the session's title and timer, not the middle of
// the console.
import { expect, test } from './fixtures';
import { SessionFacilitator } from './page-models/session-facilitator';

test('a session created from the bottom of a long form opens at the top of its console', async ({
  page,
  openJoined,
}) => {
  await page.setViewportSize({ width: 900, height: 500 });
  await openJoined({ space: 'lake-region', role: 'owner', profile: { displayName: 'Grace Achieng' } });
  const facilitator = new SessionFacilitator(page);
  await facilitator.createSession({
    title: 'Shelter standards',
    agenda: [
      { title: 'What works', minutes: 20 },
      { title: 'What does not', minutes: 20 },
      { title: 'Next steps', minutes: 10 },
    ],
    anonymity: 'Shown to everyone',
    dots: 2,
  });
  await expect(page.getByRole('heading', { name: 'Shelter standards' })).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
