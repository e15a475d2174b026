// The amendment table of a model law: between two named versions it lists exactly the articles that changed
// (a new article, an amended one) and not the articles only renumbered by the new one; it prints and exports.
import { caretAtEnd, draftBody, joinAs } from './drafts-people';
import { expect, screenshotForReview, test } from './fixtures';
import { DraftArticles } from './page-models/draft-articles';
import { VersionsPanel } from './page-models/versions-panel';

test('the amendment table lists the new and the amended article, not the renumbered ones', async ({
  browser,
  relay,
}) => {
  test.setTimeout(120_000);
  const amina = await joinAs(browser, relay, 'model-law', { displayName: 'Amina Haddad' });
  await amina.page.getByRole('textbox', { name: 'Title' }).fill('Model law on victim protection');
  await amina.page.getByRole('combobox', { name: 'Kind' }).selectOption('model-law');
  await amina.page.getByRole('button', { name: 'Create and open' }).click();
  await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible();
  await draftBody(amina.page).click();
  const articles = new DraftArticles(amina.page);
  await articles.write([
    ['Scope', 'This law applies to trafficking in persons.'],
    ['Definitions', 'A child is any person under eighteen.'],
    ['Protection', 'Victims receive shelter for 30 days.'],
  ]);
  const versions = new VersionsPanel(amina.page);
  await versions.open();
  await versions.name('Draft for consultation');
  await versions.close();

  // Protection is amended; a new article, Purpose, goes first and renumbers all the others.
  await articles.caretInBodyOf('Protection');
  await amina.page.keyboard.type(' They may stay longer.');
  await caretAtEnd(amina.page);
  await amina.page.keyboard.press('Enter');
  await articles.write([['Purpose', 'To protect every victim.']]);
  for (let step = 0; step < 3; step++) await articles.moveUp('Purpose');
  await expect
    .poll(() => articles.inOrder())
    .toEqual(['Article 1 Purpose', 'Article 2 Scope', 'Article 3 Definitions', 'Article 4 Protection']);

  await versions.open();
  await versions.name('After the consultation');
  const table = await versions.amendmentTable('Draft for consultation', 'After the consultation');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator('th')).toHaveText(/Article 1\s*New article/);
  await expect(rows.nth(0).locator('td').nth(1)).toContainText('To protect every victim.');
  await expect(rows.nth(1).locator('th')).toHaveText(/Article 4 \(formerly Article 3\)\s*Amended/);
  await expect(rows.nth(1).locator('td').nth(0)).toHaveText(
    'Protection\nVictims receive shelter for 30 days.',
  );
  await expect(rows.nth(1).locator('ins')).toHaveText(['They may stay longer.']);
  await expect(table).not.toContainText('Scope');
  await expect(table).not.toContainText('Definitions');
  await screenshotForReview(amina.page, 'amendment-table');

  // The same two versions the other way round, and a version with itself: renumbering alone is no row.
  const unchanged = await versions.amendmentTable('After the consultation', 'Current text');
  await expect(unchanged).toBeHidden();
  await expect(versions.sheet.getByText('No article changed between these versions.')).toBeVisible();

  // Export to Word: the two-column table as a .docx file.
  await versions.amendmentTable('Draft for consultation', 'After the consultation');
  const download = amina.page.waitForEvent('download');
  await versions.sheet.getByRole('button', { name: 'Export to Word' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);
});
