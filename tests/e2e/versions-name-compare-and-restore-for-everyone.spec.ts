// Named versions end to end: Amina names the draft's text, Bakhyt changes it, Amina names it again, compares the
// two (inserted and deleted words marked), opens the first read-only and restores it: both see the restored
// text, and the list holds both named versions and the automatic one kept before restoring.
import { caretAtEnd, draftBody, joinAs, startWriting } from './drafts-people';
import { expect, screenshotForReview, test } from './fixtures';
import { VersionsPanel } from './page-models/versions-panel';

const FIRST = 'After the first consultation';
const SECOND = 'After the second consultation';
const AUTOMATIC = `Before restoring “${FIRST}”`;

test('a named version is compared with a later one and restored for everyone', async ({ browser, relay }) => {
  test.setTimeout(120_000);
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const bakhyt = await joinAs(browser, relay, 'nrm', { displayName: 'Bakhyt Ospanov' });

  await startWriting(amina.page, 'Referral guideline');
  await amina.page.keyboard.type('Victims are referred within 24 hours.');
  await amina.page.keyboard.press('Enter');
  await amina.page.keyboard.type('Interpreters are provided free of charge.');
  await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible();

  const aminaVersions = new VersionsPanel(amina.page);
  await aminaVersions.open();
  await aminaVersions.name(FIRST);
  await expect(aminaVersions.listed()).toHaveText([FIRST]);
  await expect(aminaVersions.sheet.locator('.version-by')).toContainText('Amina Haddad');
  await aminaVersions.close();

  // Bakhyt changes the text: a word replaced, a sentence added, a new paragraph.
  await bakhyt.page.getByRole('button', { name: 'Referral guideline' }).click();
  await expect(draftBody(bakhyt.page)).toContainText('Interpreters are provided');
  await draftBody(bakhyt.page)
    .getByText('Interpreters are provided free of charge.')
    .dblclick({
      position: { x: 5, y: 5 },
    });
  await bakhyt.page.keyboard.type('Translators');
  await caretAtEnd(bakhyt.page);
  await bakhyt.page.keyboard.press('Enter');
  await bakhyt.page.keyboard.type('Children are referred first.');
  await expect(draftBody(amina.page)).toContainText('Children are referred first.');
  await expect(draftBody(amina.page)).toContainText('Translators are provided');

  await aminaVersions.open();
  await aminaVersions.name(SECOND);
  await expect(aminaVersions.listed()).toHaveText([SECOND, FIRST]);

  await aminaVersions.compare(FIRST, SECOND);
  await expect(aminaVersions.sheet.getByRole('heading', { name: `“${FIRST}” → “${SECOND}”` })).toBeVisible();
  await expect(aminaVersions.deleted()).toHaveText(['Interpreters']);
  await expect(aminaVersions.inserted()).toHaveText(['Translators', 'Children are referred first.']);
  await expect(aminaVersions.sheet.locator('.version-block[data-status="added"]')).toHaveText(
    /Children are referred first\./,
  );
  await screenshotForReview(amina.page, 'versions-compare');

  const reader = await aminaVersions.openVersion(FIRST);
  await expect(reader).toContainText('Interpreters are provided free of charge.');
  await expect(reader).not.toContainText('Children');
  await expect(reader).toHaveAttribute('contenteditable', 'false');

  await aminaVersions.restore(FIRST);
  await expect(aminaVersions.listed()).toHaveText([AUTOMATIC, SECOND, FIRST]);
  await aminaVersions.close();
  for (const person of [amina, bakhyt]) {
    await expect(draftBody(person.page)).toContainText('Interpreters are provided free of charge.');
    await expect(draftBody(person.page)).not.toContainText('Children are referred first.');
    await expect(draftBody(person.page)).not.toContainText('Translators');
  }

  // Bakhyt sees the same list, and the automatic version holds the text from before the restore.
  const bakhytVersions = new VersionsPanel(bakhyt.page);
  await bakhytVersions.open();
  await expect(bakhytVersions.listed()).toHaveText([AUTOMATIC, SECOND, FIRST]);
  const kept = await bakhytVersions.openVersion(AUTOMATIC);
  await expect(kept).toContainText('Children are referred first.');
  await screenshotForReview(bakhyt.page, 'versions-list');
});
