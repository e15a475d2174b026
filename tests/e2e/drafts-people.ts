// Shared steps for the drafts end-to-end tests: a person joins a space in their own browser context (own
// profile, own storage) and opens the Drafts section; writing helpers type blocks the way a person does.
import type { Browser, Page } from '@playwright/test';
import type { Profile } from '../../shared/profile';
import type { Role } from '../../shared/roles';
import { defaultProfile, expect, type RelayFixture } from './fixtures';
import { JoinConfirmation } from './page-models/join-confirmation';

export interface Person {
  context: Awaited<ReturnType<Browser['newContext']>>;
  page: Page;
}

export async function joinAs(
  browser: Browser,
  relay: RelayFixture,
  space: string,
  profile: Partial<Profile> & { displayName: string },
  role: Role = 'editor',
): Promise<Person> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const token = await relay.token(space, role, profile.displayName);
  await page.goto(`${relay.url}/`);
  await page.evaluate((saved) => localStorage.setItem('commons.profile', JSON.stringify(saved)), {
    ...defaultProfile,
    ...profile,
  });
  await page.goto(`${relay.url}/#/join?${new URLSearchParams({ space, token, role })}`);
  // The profile is read when the page loads.
  await page.reload();
  await new JoinConfirmation(page).join(space);
  await expect(page).toHaveURL(/#\/library$/);
  await expect(page.getByRole('navigation')).toBeVisible();
  // By the section's icon, not its name, so the same step works in every language.
  await page.locator('nav button:has([data-section="drafts"])').click();
  return { context, page };
}

export const draftBody = (page: Page) => page.locator('.draft-body');

/** What a draft's body element carries: Lexical keeps its editor on the root element. */
type LexicalRoot = HTMLElement & {
  __lexicalEditor?: {
    getEditorState(): {
      read<T>(read: () => T): T;
      _selection: {
        getTextContent(): string;
        anchor: { offset: number; getNode(): { getTextContent(): string } };
      } | null;
    };
  };
};

/**
 * The selection as the draft's editor holds it (not as the browser shows it): the selected text, and the text of
 * the node the caret (the anchor) is in with its offset there; null when the editor has no selection.
 */
export function selectionInEditor(
  page: Page,
): Promise<{ text: string; anchorText: string; anchorOffset: number } | null> {
  return draftBody(page).evaluate((body: LexicalRoot) => {
    const state = body.__lexicalEditor?.getEditorState();
    return (
      state?.read(() => {
        const selection = state._selection;
        if (!selection) return null;
        return {
          text: selection.getTextContent(),
          anchorText: selection.anchor.getNode().getTextContent(),
          anchorOffset: selection.anchor.offset,
        };
      }) ?? null
    );
  });
}

/** Creates a draft and opens it, without waiting for its body to reach the relay; returns its address. */
export async function startDraft(page: Page, title: string): Promise<string> {
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('button', { name: 'Create and open' }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  return page.url();
}

export async function createDraft(page: Page, title: string): Promise<void> {
  await startDraft(page, title);
  await expect(page.locator('[data-sync="saved"]')).toBeVisible();
}

/**
 * Puts the caret at the end of the draft's last block, and checks it is there: a co-author's update (or the relay's
 * echo of one's own) landing between the click and the key presses can put the caret back where Lexical last read
 * it, and a person would look and press again.
 */
export async function caretAtEnd(page: Page): Promise<void> {
  const body = draftBody(page);
  await expect(async () => {
    await body.locator(':scope > *').last().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+End');
    expect(await body.evaluate(caretIsAtTheEnd)).toBe(true);
  }).toPass({ timeout: 20_000 });
}

/**
 * Selects `text` from the start of the caret's line by Shift+Arrow, as a person does, and checks the selection
 * holds it: on a loaded machine an editor update landing between two presses can put the selection back where
 * Lexical last read it, and a person would look and select again.
 */
export async function selectFromLineStart(page: Page, text: string): Promise<void> {
  await expect(async () => {
    await page.keyboard.press('Home');
    for (const _character of text) await page.keyboard.press('Shift+ArrowRight');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(text);
  }).toPass({ timeout: 20_000 });
}

/** Runs in the page: whether the selection is collapsed with no text after it in the body, after a frame has passed. */
async function caretIsAtTheEnd(body: HTMLElement): Promise<boolean> {
  await new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled)));
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return false;
  if (!body.contains(selection.anchorNode)) return false;
  const rest = document.createRange();
  rest.setStart(selection.anchorNode as Node, selection.anchorOffset);
  rest.setEndAfter(body.lastChild ?? body);
  return rest.toString() === '';
}

/** Turns the block at the caret into another style from the toolbar, then goes back to writing. */
export async function setBlockStyle(page: Page, style: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Paragraph style' }).selectOption(style);
  await caretAtEnd(page);
}

/** The two co-authors most drafts tests follow, each joining space "nrm" in their own browser. */
export async function aminaAndBakhyt(browser: Browser, relay: RelayFixture): Promise<[Person, Person]> {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const bakhyt = await joinAs(browser, relay, 'nrm', { displayName: 'Bakhyt Ospanov' });
  return [amina, bakhyt];
}

/** Creates a draft and puts the caret in its empty body, ready to type or paste into. */
export async function startWriting(page: Page, title: string): Promise<void> {
  await createDraft(page, title);
  await draftBody(page).click();
}
