// A long model law pasted by one author (1,000 paragraphs, an article every ten) reaches a co-author whole, and
// its author reopening it after a restart reads it whole from their replica, which keeps it in parts read a
// slice per task. Not one block may go missing (sent by the relay in parts, two of 1,100 did).
import { createDraft, draftBody, joinAs } from './drafts-people';
import { expect, test } from './fixtures';
import { LONG_DRAFT_BLOCKS, pasteLongDraft } from './long-draft';

test('a co-author opening a long pasted draft sees every block, as does its author reopening it', async ({
  browser,
  relay,
}) => {
  test.setTimeout(180_000);
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const bakhyt = await joinAs(browser, relay, 'nrm', { displayName: 'Bakhyt Ospanov' });
  await createDraft(amina.page, 'Long model law');
  await draftBody(amina.page).click();
  await pasteLongDraft(amina.page);
  const written = await draftBody(amina.page).evaluate((body) => body.textContent);

  await bakhyt.page.getByRole('button', { name: 'Long model law', exact: true }).click();
  await expect(draftBody(bakhyt.page).locator(':scope > *')).toHaveCount(LONG_DRAFT_BLOCKS, {
    timeout: 60_000,
  });
  expect(await draftBody(bakhyt.page).evaluate((body) => body.textContent)).toBe(written);

  // Reopened after the app restarts, twice: the first load reads the paste as stored and rewrites the replica in
  // parts, the second reads those parts a slice per task.
  for (const _restart of [1, 2]) {
    await amina.page.reload();
    await amina.page.locator('nav button:has([data-section="drafts"])').click();
    await amina.page.getByRole('button', { name: 'Long model law', exact: true }).click();
    await expect(draftBody(amina.page).locator(':scope > *')).toHaveCount(LONG_DRAFT_BLOCKS, {
      timeout: 60_000,
    });
    expect(await draftBody(amina.page).evaluate((body) => body.textContent)).toBe(written);
    await amina.page.waitForTimeout(1500);
  }
});
