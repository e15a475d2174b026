// Pasting from a word processor keeps the document's structure: headings stay headings at their level, lists
// keep their type and nesting (including Word's lists, which are styled paragraphs, not <ol>/<ul>), tables keep
// their header row and cells, bold and italic stay. The clipboard holds HTML as Word and LibreOffice put it there.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { aminaAndBakhyt, draftBody, joinAs, startWriting } from './drafts-people';
import { expect, screenshotForReview, test } from './fixtures';

/** What Microsoft Word 365 puts on the clipboard: mso styles, lists as MsoListParagraph runs, a grid table. */
const FROM_WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15"><meta name=Originator content="Microsoft Word 15">
<style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:11.0pt;} @list l0:level1 {mso-level-number-format:bullet;} --></style></head>
<body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->
<h1 style='mso-list:none'><span lang=EN-GB>Referral mechanism<o:p></o:p></span></h1>
<p class=MsoNormal>Every officer <b style='mso-bidi-font-weight:normal'>must</b> refer a <i style='mso-bidi-font-style:normal'>presumed victim</i>.<o:p></o:p></p>
<h2><span lang=EN-GB>Who refers<o:p></o:p></span></h2>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Police<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Border police<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Labour inspectors<o:p></o:p></p>
<p class=MsoNormal>Steps:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Identify<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Refer<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'><td width=301 valign=top><p class=MsoNormal><b>Agency<o:p></o:p></b></p></td><td width=301 valign=top><p class=MsoNormal><b>Contact<o:p></o:p></b></p></td></tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'><td width=301 valign=top><p class=MsoNormal>Shelter<o:p></o:p></p></td><td width=301 valign=top><p class=MsoNormal>Hotline 1410<o:p></o:p></p></td></tr>
</table>
<!--EndFragment--></body></html>`;

/** What LibreOffice Writer puts on the clipboard: real lists, <th> header cells, <b>/<i>. */
const FROM_LIBREOFFICE = `<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/>
<meta name="generator" content="LibreOffice 7.6.4.1 (Linux)"/><style type="text/css">h1.western { font-family: "Liberation Serif" }</style></head>
<body lang="en-GB" dir="ltr">
<h1 class="western">Protection of children</h1>
<h2 class="western">Principles</h2>
<ol><li><p style="margin-bottom: 0cm">Best interests <b>first</b></p>
<ul><li><p style="margin-bottom: 0cm"><i>Guardian</i> appointed</p></li><li><p style="margin-bottom: 0cm">Interpreter present</p></li></ul></li>
<li><p style="margin-bottom: 0cm">No detention</p></li></ol>
<table width="100%" cellpadding="4" cellspacing="0"><thead><tr><th><p>Age</p></th><th><p>Measure</p></th></tr></thead>
<tbody><tr><td><p>Under 14</p></td><td><p>Child protection services</p></td></tr></tbody></table>
</body></html>`;

/** Pastes the way the browser does when a person presses Ctrl+V: a 'paste' event carrying the clipboard. */
async function paste(page: Page, html: string, text: string): Promise<void> {
  await draftBody(page).evaluate(
    (body, clipboard) => {
      const data = new DataTransfer();
      data.setData('text/html', clipboard.html);
      data.setData('text/plain', clipboard.text);
      body.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    { html, text },
  );
}

test('a paste from Word keeps headings, bulleted and numbered lists with nesting, a table and bold', async ({
  browser,
  relay,
}) => {
  const amina = await joinAs(browser, relay, 'nrm', { displayName: 'Amina Haddad' });
  const { page } = amina;
  await startWriting(page, 'Pasted from Word');
  await paste(page, FROM_WORD, 'Referral mechanism\nEvery officer must refer a presumed victim.');
  const body = draftBody(page);

  await expect(body.locator('h1')).toHaveText('Referral mechanism');
  await expect(body.locator('h2')).toHaveText('Who refers');
  await expect(body.locator('strong.draft-bold')).toContainText(['must', 'Agency', 'Contact']);
  await expect(body.locator('em.draft-italic')).toHaveText('presumed victim');

  // The bullets: two items at the top with "Border police" nested under "Police", markers gone.
  const bullets = body.locator(':scope > ul');
  await expect(bullets).toHaveCount(1);
  await expect(bullets.locator(':scope > li:not(.draft-nested-li)')).toHaveText([
    'Police',
    'Labour inspectors',
  ]);
  await expect(bullets.locator(':scope > li > ul > li')).toHaveText(['Border police']);
  const numbered = body.locator(':scope > ol');
  await expect(numbered).toHaveCount(1);
  await expect(numbered.locator(':scope > li')).toHaveText(['Identify', 'Refer']);

  const rows = body.locator('table tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator('td, th')).toHaveText(['Agency', 'Contact']);
  await expect(rows.nth(1).locator('td, th')).toHaveText(['Shelter', 'Hotline 1410']);
  await expect(body).not.toContainText('·');
  await screenshotForReview(page, 'drafts-pasted-from-word');
  await amina.context.close();
});

test('a paste from LibreOffice keeps headings, a numbered list with a nested bulleted list, and a header row', async ({
  browser,
  relay,
}) => {
  const [amina, bakhyt] = await aminaAndBakhyt(browser, relay);
  const { page } = amina;
  await startWriting(page, 'Pasted from LibreOffice');
  await paste(page, FROM_LIBREOFFICE, 'Protection of children');
  // What was pasted is part of the shared draft: a co-author sees the same structure.
  await bakhyt.page.getByRole('button', { name: 'Pasted from LibreOffice' }).click();

  for (const person of [amina, bakhyt]) {
    const body = draftBody(person.page);
    await expect(body.locator('h1')).toHaveText('Protection of children');
    await expect(body.locator('h2')).toHaveText('Principles');
    const numbered = body.locator(':scope > ol');
    await expect(numbered.locator(':scope > li:not(.draft-nested-li)')).toHaveText([
      'Best interests first',
      'No detention',
    ]);
    await expect(numbered.locator(':scope > li > ul > li')).toHaveText([
      'Guardian appointed',
      'Interpreter present',
    ]);
    await expect(body.locator('strong.draft-bold')).toHaveText('first');
    await expect(body.locator('em.draft-italic')).toHaveText('Guardian');
    await expect(body.locator('table tr').nth(0).locator('th')).toHaveText(['Age', 'Measure']);
    await expect(body.locator('table tr').nth(1).locator('td')).toHaveText([
      'Under 14',
      'Child protection services',
    ]);
  }
  await screenshotForReview(page, 'drafts-pasted-from-libreoffice');
  await amina.context.close();
  await bakhyt.context.close();
});

test('a pasted javascript: or data: link becomes plain text in the draft, for a co-author and in every export', async ({
  browser,
  relay,
}) => {
  const [amina, bakhyt] = await aminaAndBakhyt(browser, relay);
  const { page } = amina;
  await startWriting(page, 'Pasted links');
  await paste(
    page,
    '<p>Report to <a href="javascript:alert(document.cookie)">the hotline</a>, see <a href="data:text/html,<script>alert(1)</script>">the form</a> and <a href="https://example.org/guide">the guide</a>.</p>',
    'Report to the hotline, see the form and the guide.',
  );
  await bakhyt.page.getByRole('button', { name: 'Pasted links' }).click();
  for (const person of [amina, bakhyt]) {
    const body = draftBody(person.page);
    await expect(body).toContainText('Report to the hotline, see the form and the guide.');
    await expect(body.locator('a')).toHaveCount(1);
    await expect(body.locator('a')).toHaveAttribute('href', 'https://example.org/guide');
  }
  for (const format of ['Markdown (.md)', 'Web page (.html)', 'Word (.docx)']) {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: format }).click();
    const download = await downloading;
    const bytes = await readFile(await download.path());
    // A .docx is a zip; Word keeps hyperlink targets in the document's relationships.
    const text = format.startsWith('Word')
      ? ((await (await JSZip.loadAsync(bytes)).file('word/_rels/document.xml.rels')?.async('string')) ?? '')
      : bytes.toString('utf8');
    expect(text).toContain('https://example.org/guide');
    expect(text).not.toMatch(/javascript:|data:text/);
  }
  await amina.context.close();
  await bakhyt.context.close();
});
