// Two co-authors press Enter in the same paragraph while one of them is offline, once at the same place and once at
// different places: when they are back in step, both screens (and a reload) show the paragraph's text once, in
// order, where the editor used to show the text after the split twice.
import type { Browser } from '@playwright/test';
import { aminaAndBakhyt, draftBody, type Person, selectionInEditor, startDraft } from './drafts-people';
import { expect, type RelayFixture, test } from './fixtures';
import { CommentsPanel } from './page-models/comments-panel';
import { SuggestionsPage } from './page-models/suggestions';

const SENTENCE = 'Officers refer victims to shelters within two days.';

/** Amina and Bakhyt, both editors, in a new draft Amina titled `title` that holds SENTENCE, both seeing it. */
async function bothOnOneSentence(
  browser: Browser,
  relay: RelayFixture,
  title: string,
): Promise<[Person, Person]> {
  const [amina, bakhyt] = await aminaAndBakhyt(browser, relay);
  const url = await startDraft(amina.page, title);
  await draftBody(amina.page).click();
  await amina.page.keyboard.type(SENTENCE);
  await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible();
  await bakhyt.page.goto(url);
  await expect(draftBody(bakhyt.page)).toHaveText(SENTENCE);
  return [amina, bakhyt];
}

test('two Enters in one paragraph at once leave its text once on every screen', async ({
  browser,
  relay,
}) => {
  test.setTimeout(180_000);
  const [amina, bakhyt] = await bothOnOneSentence(browser, relay, 'Referral procedures');

  const enterAt = async (page: typeof amina.page, fromStart: number) => {
    await new SuggestionsPage(page).caretInFirstParagraph(fromStart);
    await page.keyboard.press('Enter');
  };
  const paragraphs = (page: typeof amina.page) => draftBody(page).locator('p');
  const together = async (expected: string[]) => {
    for (const person of [amina, bakhyt]) {
      await expect(paragraphs(person.page)).toHaveText(expected, { timeout: 30_000 });
    }
  };

  // The same place: as if Enter had been pressed twice there.
  await amina.context.setOffline(true);
  await expect(amina.page.locator('[data-sync="offline"]')).toBeVisible();
  await enterAt(amina.page, 'Officers refer victims '.length);
  await enterAt(bakhyt.page, 'Officers refer victims '.length);
  await amina.context.setOffline(false);
  await together(['Officers refer victims', '', 'to shelters within two days.']);

  // Different places in the moved text: each stretch once, in order (the empty paragraph first or in between,
  // as Yjs orders the two new ones).
  await amina.context.setOffline(true);
  await expect(amina.page.locator('[data-sync="offline"]')).toBeVisible();
  await enterAt(amina.page, 'Officers '.length);
  await enterAt(bakhyt.page, 'Officers refer '.length);
  await amina.context.setOffline(false);
  await expect(async () => {
    const shown = await Promise.all(
      [amina, bakhyt].map((person) => paragraphs(person.page).allTextContents()),
    );
    expect(shown[0]).toEqual(shown[1]);
    expect((shown[0] as string[]).join('')).toBe(SENTENCE);
    expect([
      ['Officers ', 'refer ', 'victims ', '', 'to shelters within two days.'],
      ['Officers ', '', 'refer victims ', '', 'to shelters within two days.'],
    ]).toContainEqual(shown[0]);
  }).toPass({ timeout: 30_000 });

  await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible({ timeout: 30_000 });
  const before = await paragraphs(amina.page).allTextContents();
  await bakhyt.page.reload();
  await expect(paragraphs(bakhyt.page)).toHaveText(before.map((text) => text.trim()));
  await amina.context.close();
  await bakhyt.context.close();
});

test('words deleted or typed while a co-author presses Enter before them stay deleted, or typed where they were, on every screen', async ({
  browser,
  relay,
}) => {
  test.setTimeout(120_000);
  const [amina, bakhyt] = await bothOnOneSentence(browser, relay, 'Referral timing');

  // Amina, offline, deletes "two "; Bakhyt, who cannot see that yet, presses Enter before "victims".
  await amina.context.setOffline(true);
  await expect(amina.page.locator('[data-sync="offline"]')).toBeVisible();
  await new CommentsPanel(amina.page).selectWords('two ');
  // Lexical takes a selection the page sets from the browser's next selectionchange; a key pressed before that
  // would act at the old caret (as a person waits to see the words highlighted before pressing a key).
  await expect.poll(async () => (await selectionInEditor(amina.page))?.text ?? null).toBe('two ');
  await amina.page.keyboard.press('Backspace');
  await expect(draftBody(amina.page)).toHaveText('Officers refer victims to shelters within days.');
  await new CommentsPanel(amina.page).caretAfter('victims to ');
  await expect
    .poll(async () => (await selectionInEditor(amina.page))?.anchorOffset ?? null)
    .toBe('Officers refer victims to '.length);
  await amina.page.keyboard.type('safe ');
  await expect(draftBody(amina.page)).toHaveText('Officers refer victims to safe shelters within days.');
  await new SuggestionsPage(bakhyt.page).caretInFirstParagraph('Officers refer '.length);
  await bakhyt.page.keyboard.press('Enter');
  await amina.context.setOffline(false);

  // The new paragraph holds a copy of the words after the Enter: the deleted ones must not come back in it, and
  // the typed one goes there too, where it was typed (not left behind at the end of the first paragraph).
  for (const person of [amina, bakhyt]) {
    await expect(draftBody(person.page).locator('p')).toHaveText(
      ['Officers refer', 'victims to safe shelters within days.'],
      { timeout: 30_000 },
    );
  }
  await expect(amina.page.locator('[data-sync="saved"]')).toBeVisible({ timeout: 30_000 });
  await bakhyt.page.reload();
  await expect(draftBody(bakhyt.page).locator('p')).toHaveText([
    'Officers refer',
    'victims to safe shelters within days.',
  ]);
  await amina.context.close();
  await bakhyt.context.close();
});
