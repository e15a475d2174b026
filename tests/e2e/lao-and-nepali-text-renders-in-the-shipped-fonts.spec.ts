// Lao and Nepali typed into a draft render with real glyphs on a computer that has no font for them (this
// machine has none for Devanagari): the shipped Noto faces load when, and only when, that text shows, and the
// text is drawn with them rather than as missing-glyph boxes.
import type { Page } from '@playwright/test';
import { caretAtEnd, createDraft, draftBody, joinAs } from './drafts-people';
import { expect, test } from './fixtures';

// One word each, so every character is the script's own (a space would be drawn by the Latin font).
const LAO = 'ສະບາຍດີ';
const NEPALI = 'मस्यौदाकानून';

interface Rendering {
  /** Width of the text as the draft shows it. */
  shown: number;
  /** Width of the same text drawn with the shipped face alone. */
  shipped: number;
  /** Width of as many missing-glyph boxes as the text has characters. */
  boxes: number;
}

async function rendering(page: Page, text: string, family: string): Promise<Rendering> {
  const span = draftBody(page).locator('span', { hasText: text }).first();
  return span.evaluate(
    (element, args) => {
      const style = getComputedStyle(element);
      const range = document.createRange();
      range.selectNodeContents(element);
      const shown = range.getBoundingClientRect().width;
      const context = document.createElement('canvas').getContext('2d');
      if (!context) throw new Error('no canvas');
      context.font = `${style.fontSize} "${args.family}"`;
      const shipped = context.measureText(args.text).width;
      // Plane 16 private use: no font has glyphs there, so each character is a missing-glyph box.
      context.font = `${style.fontSize} ${style.fontFamily}`;
      const boxes = context.measureText('\u{10FFFD}'.repeat([...args.text].length)).width;
      return { shown, shipped, boxes };
    },
    { text, family },
  );
}

async function fontFiles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.woff2')),
  );
}

test('Lao and Nepali in a draft are drawn with the shipped fonts, fetched only once needed', async ({
  browser,
  relay,
}) => {
  const author = await joinAs(browser, relay, 'mekong', { displayName: 'Somchai' });
  const { page } = author;
  await createDraft(page, 'Field notes');
  const scriptFaces = /noto-sans-(lao|devanagari)/;
  expect((await fontFiles(page)).filter((file) => scriptFaces.test(file))).toEqual([]);

  await caretAtEnd(page);
  await page.keyboard.insertText(LAO);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(NEPALI);

  // Both faces arrive once the text is on screen (each is its own download).
  await expect
    .poll(async () => {
      const files = await fontFiles(page);
      return ['noto-sans-lao-lao-400', 'noto-sans-devanagari-devanagari-400'].filter((face) =>
        files.some((file) => file.includes(face)),
      );
    })
    .toHaveLength(2);
  const files = await fontFiles(page);
  // The Urdu face is only in the Urdu interface's font stack: not fetched here.
  expect(files.some((file) => file.includes('nastaliq'))).toBe(false);

  for (const [text, family] of [
    [LAO, 'Commons Lao'],
    [NEPALI, 'Commons Devanagari'],
  ] as const) {
    await expect
      .poll(async () => {
        const { shown, shipped } = await rendering(page, text, family);
        return Math.abs(shown - shipped);
      })
      .toBeLessThan(1.5);
    const { shown, boxes } = await rendering(page, text, family);
    expect(Math.abs(shown - boxes), `${family}: ${shown} vs boxes ${boxes}`).toBeGreaterThan(4);
  }
  await page.screenshot({ path: '/tmp/commons-lao-nepali-draft.png' });
  await author.context.close();
});
