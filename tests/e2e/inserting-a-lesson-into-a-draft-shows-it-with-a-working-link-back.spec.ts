// A lesson from the demo space goes into a person's own draft in another space: the draft shows the lesson's
// words in a quote with "Source:" and a link, a co-author sees the same quotation, and the link opens the
// source entry in the demo space.
import { DEMO_ENTRIES } from '../../renderer/library/demo/content';
import { demoDocumentId, demoSummary } from '../../renderer/library/demo/demoEntry';
import { expect, test } from './fixtures';
import { DemoSpace } from './page-models/demo-space';
import { createDraft, InsertIntoDraft } from './page-models/insert-into-draft';
import { JoinConfirmation } from './page-models/join-confirmation';

const lesson = DEMO_ENTRIES.find((entry) => entry.slug === 'interpreters-in-interviews');

test('a lesson inserted into a draft shows its text and a link back that opens it', async ({
  page,
  browser,
  relay,
  openJoined,
}) => {
  if (!lesson) throw new Error('the demo lesson is missing');
  await openJoined({ space: 'national-team', role: 'owner' });
  const draftId = await createDraft(page, 'Referral guideline', 'Our interview procedure.');

  // A co-author has the draft open while the lesson goes in.
  const coAuthorContext = await browser.newContext();
  const coAuthor = await coAuthorContext.newPage();
  const token = await relay.token('national-team', 'editor', 'Somchai Vongsa');
  await coAuthor.goto(`${relay.url}/`);
  await coAuthor.evaluate(() =>
    localStorage.setItem(
      'commons.profile',
      JSON.stringify({
        displayName: 'Somchai Vongsa',
        colour: '#2da44e',
        organisation: '',
        country: 'Laos',
        language: 'en',
      }),
    ),
  );
  await coAuthor.goto(
    `${relay.url}/#/join?${new URLSearchParams({ space: 'national-team', token, role: 'editor' })}`,
  );
  await coAuthor.reload();
  await new JoinConfirmation(coAuthor).join('national-team');
  // Joining ends by opening the Library: going to the draft before that would be undone by it.
  await expect(coAuthor).toHaveURL(/#\/library$/);
  await coAuthor.evaluate((id) => {
    window.location.hash = `#/drafts/${id}`;
  }, draftId);
  await expect(coAuthor.locator('.draft-body')).toContainText('Our interview procedure.');

  const demo = new DemoSpace(page);
  await demo.openNewSpaceScreen();
  await demo.add();
  const entryAddress = `#/entry/commons-demo/${demoDocumentId(lesson)}`;
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, entryAddress);
  await expect(page.getByRole('heading', { name: lesson.title }).first()).toBeVisible();

  const insert = new InsertIntoDraft(page);
  await insert.insertInto('Referral guideline');
  await expect(page).toHaveURL(new RegExp(`#/drafts/${draftId}$`));
  const quotation = insert.quotations().first();
  await expect(quotation).toContainText(demoSummary(lesson));
  await expect(quotation).toContainText(`Source: ${lesson.title}`);
  await expect(page.locator('.draft-body')).toContainText('Our interview procedure.');
  await expect(insert.quotations(coAuthor).first()).toContainText(demoSummary(lesson));

  const link = quotation.getByRole('link', { name: lesson.title });
  await expect(link).toHaveAttribute('href', entryAddress);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${entryAddress}$`));
  await expect(page.locator('.space-switcher select option:checked')).toHaveText('Commons demo');
  await expect(page.locator('.draft-body')).toContainText(lesson.sections[0].slice(0, 40));
  await coAuthorContext.close();
});
