// An owner adds the demo space in one click: "Commons demo" is created on the same relay, holds every demo
// lesson with its body (an Arabic, a Russian and a Lao one open in the editor with their text), and the
// content is downloaded only when the button is pressed, never with the first screen.
import { DEMO_ENTRIES } from '../../renderer/library/demo/content';
import { demoDocumentId } from '../../renderer/library/demo/demoEntry';
import { expect, test } from './fixtures';
import { DemoSpace } from './page-models/demo-space';

test.use({ serviceWorkers: 'block' });

const SEEDING_CODE = /\/assets\/seedDemoSpace-[\w-]+\.js$/;

test('an owner adds the demo space with every lesson, and its text opens in the editor', async ({
  page,
  openJoined,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await openJoined({ space: 'national-team', role: 'owner' });
  const demo = new DemoSpace(page);
  await demo.openNewSpaceScreen();
  await expect(demo.addButton).toBeVisible();
  expect(requested.filter((url) => SEEDING_CODE.test(url))).toEqual([]);

  await demo.add();
  expect(requested.some((url) => SEEDING_CODE.test(url))).toBe(true);
  expect(await demo.documentCount()).toBe(DEMO_ENTRIES.length);

  for (const slug of ['alihala-alwataniya', 'pogranichniki-indikatory', 'hong-hian-pok-pong-dek']) {
    const entry = DEMO_ENTRIES.find((candidate) => candidate.slug === slug);
    if (!entry) throw new Error(`no demo entry ${slug}`);
    await page.getByRole('button', { name: entry.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/drafts/${demoDocumentId(entry)}$`));
    await expect(page.locator('.draft-body')).toContainText(entry.sections[2].slice(0, 40));
    await page.getByRole('button', { name: 'Back to drafts' }).click();
  }

  // The New space screen now opens the demo instead of adding a second one.
  await demo.openNewSpaceScreen();
  await expect(page.getByRole('button', { name: 'Open the demo space' })).toBeVisible();
  await expect(demo.addButton).toHaveCount(0);
});
