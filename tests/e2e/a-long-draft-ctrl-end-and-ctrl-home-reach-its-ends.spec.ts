// In a long draft, Ctrl+End puts the caret after the last word and Ctrl+Home before the first, as in a word
// processor, although blocks far from the screen are not laid out (content-visibility): what is typed next lands
// there, and Ctrl+Shift+End selects through the last word.
import { createDraft, draftBody, joinAs, selectionInEditor } from './drafts-people';
import { expect, test } from './fixtures';
import { LONG_DRAFT_BLOCKS, pasteLongDraft } from './long-draft';

test('Ctrl+End and Ctrl+Home reach the ends of a long draft just opened', async ({ browser, relay }) => {
  test.setTimeout(180_000);
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const { page } = amina;
  await createDraft(page, 'Long model law');
  await draftBody(page).click();
  await pasteLongDraft(page);

  // Opened again, the draft shows its top: its end has never been laid out.
  await page.reload();
  await page.locator('nav button:has([data-section="drafts"])').click();
  await page.getByRole('button', { name: 'Long model law', exact: true }).click();
  const blocks = draftBody(page).locator(':scope > *');
  await expect(blocks).toHaveCount(LONG_DRAFT_BLOCKS, { timeout: 60_000 });
  await blocks.nth(1).click();

  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Signed.');
  await expect(blocks.last()).toHaveText(/^Paragraph 999: .* Signed\.$/);
  await expect(blocks.last()).toBeInViewport();

  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Draft 2. ');
  await expect(blocks.first()).toHaveText('Draft 2. Provision 0');
  await expect(blocks.first()).toBeInViewport();

  await page.keyboard.press('Control+Shift+End');
  await expect
    .poll(async () => (await selectionInEditor(page))?.text.endsWith('referral within Signed.'))
    .toBe(true);
});
