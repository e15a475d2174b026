// A draft written in the editor, exported to Word (and to Markdown) from the menu and imported back as a new
// document from the import button, keeps its headings, nested numbered list, table and numbered articles with
// their cross-reference, compared in the editor itself. Also: the HTML export keeps the table.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { caretAtEnd, createDraft, draftBody, joinAs, setBlockStyle } from './drafts-people';
import { expect, screenshotForReview, test } from './fixtures';

/** The draft as a reader sees its structure: block kinds, list nesting, table cells, article numbers. */
function structure(page: Page): Promise<unknown[]> {
  return draftBody(page).evaluate((body) => {
    const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const list = (element: Element): unknown => ({
      [element.tagName.toLowerCase()]: Array.from(element.children).map((item) => {
        const nested = item.querySelector(':scope > ol, :scope > ul');
        return nested ? list(nested) : text(item);
      }),
    });
    return Array.from(body.children).flatMap((block): unknown[] => {
      const tag = block.tagName.toLowerCase();
      const provision = (block as HTMLElement).dataset.provisionLevel;
      if (provision) return [`${(block as HTMLElement).dataset.label} ${text(block)}`];
      if (tag === 'ol' || tag === 'ul') return [list(block)];
      if (tag === 'table' || block.querySelector('table')) {
        const table = tag === 'table' ? block : (block.querySelector('table') as Element);
        // A star marks a header cell.
        return [
          Array.from(table.querySelectorAll('tr')).map((row) =>
            Array.from(row.cells).map((cell) => `${cell.tagName === 'TH' ? '*' : ''}${text(cell)}`),
          ),
        ];
      }
      // Empty paragraphs are spacing, which the formats are free to drop.
      if (text(block) === '') return [];
      const references = Array.from(
        block.querySelectorAll('.cross-reference'),
        (reference) => ` → ${text(reference)}`,
      );
      return [`${tag}: ${text(block)}${references.join('')}`];
    });
  });
}

async function writeDraft(page: Page): Promise<void> {
  await draftBody(page).click();
  await page.keyboard.type('Referral mechanism');
  await setBlockStyle(page, 'h1');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Who refers');
  await setBlockStyle(page, 'h2');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Numbered list' }).click();
  await caretAtEnd(page);
  await page.keyboard.type('Identify the person');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Indent', exact: true }).click();
  await caretAtEnd(page);
  await page.keyboard.type('Check documents');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ask about needs');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Outdent' }).click();
  await caretAtEnd(page);
  await page.keyboard.type('Refer to a shelter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Scope');
  await setBlockStyle(page, 'article');
  await page.keyboard.press('Enter');
  await page.keyboard.type('These procedures apply to every officer.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Agencies');
  await setBlockStyle(page, 'article');
  await page.keyboard.press('Enter');
  await page.keyboard.type('As set out in ');
  await page
    .getByRole('combobox', { name: 'Refer to an article' })
    .selectOption({ label: 'Article 1 — Scope' });
  await page.keyboard.type(', these agencies refer:');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Insert table' }).click();
  const cells = draftBody(page).locator('th, td');
  await expect(cells).toHaveCount(9);
  const contents = [
    'Agency',
    'Role',
    'Contact',
    'Police',
    'Identifies',
    '112',
    'Shelter',
    'Protects',
    '1410',
  ];
  for (const [index, content] of contents.entries()) {
    await cells.nth(index).click();
    await page.keyboard.type(content);
  }
}

const expected = [
  'h1: Referral mechanism',
  'h2: Who refers',
  { ol: ['Identify the person', { ol: ['Check documents', 'Ask about needs'] }, 'Refer to a shelter'] },
  'Article 1 Scope',
  'p: These procedures apply to every officer.',
  'Article 2 Agencies',
  'p: As set out in Article 1, these agencies refer: → Article 1',
  [
    ['*Agency', '*Role', '*Contact'],
    ['Police', 'Identifies', '112'],
    ['Shelter', 'Protects', '1410'],
  ],
];

async function exportAndImport(page: Page, button: string, fileName: string): Promise<void> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloading;
  const saved = join(tmpdir(), `commons-e2e-${Date.now()}-${fileName}`);
  await download.saveAs(saved);
  await page.getByRole('button', { name: 'Back to drafts' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a Word or Markdown file…' }).click();
  const chooser = await choosing;
  await chooser.setFiles({
    name: fileName,
    mimeType: 'application/octet-stream',
    buffer: await readFile(saved),
  });
  const title = fileName.replace(/\.[^.]+$/, '');
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

/** The web page export, opened in the browser: its table, list nesting and article labels are all there. */
async function expectHtmlExportKeepsStructure(page: Page): Promise<void> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Web page (.html)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Referral guideline.html');
  const html = await readFile(await download.path(), 'utf8');
  const reader = await page.context().newPage();
  await reader.setContent(html);
  const table = reader.locator('table');
  await expect(table).toHaveCount(1);
  expect(
    await table
      .locator('tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          Array.from(
            (row as HTMLTableRowElement).cells,
            (cell) => `${cell.tagName === 'TH' ? '*' : ''}${cell.textContent?.trim()}`,
          ),
        ),
      ),
  ).toEqual(expected[7]);
  await expect(reader.locator('h1')).toHaveText('Referral mechanism');
  await expect(reader.locator('ol ol li')).toHaveText(['Check documents', 'Ask about needs']);
  await expect(reader.locator('h4')).toHaveText(['Article 1 — Scope', 'Article 2 — Agencies']);
  await expect(reader.locator('a.cross-reference')).toHaveText('Article 1');
  await expect(reader.locator('a.cross-reference')).toHaveAttribute(
    'href',
    `#${await reader.locator('h4').first().getAttribute('id')}`,
  );
  await reader.close();
}

test('a draft exported to Word and to Markdown and imported back keeps its structure', async ({
  browser,
  relay,
}) => {
  test.setTimeout(120_000);
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const { page } = amina;
  await createDraft(page, 'Referral guideline');
  await writeDraft(page);
  await expect.poll(() => structure(page)).toEqual(expected);
  await screenshotForReview(page, 'drafts-before-export');
  const original = page.url();

  await exportAndImport(page, 'Word (.docx)', 'From Word.docx');
  await expect.poll(() => structure(page)).toEqual(expected);
  await screenshotForReview(page, 'drafts-imported-from-word');

  await page.goto(original);
  await expect.poll(() => structure(page)).toEqual(expected);
  await expectHtmlExportKeepsStructure(page);
  await exportAndImport(page, 'Markdown (.md)', 'From Markdown.md');
  await expect.poll(() => structure(page)).toEqual(expected);
  await amina.context.close();
});
