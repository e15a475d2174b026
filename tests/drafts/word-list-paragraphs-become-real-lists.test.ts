// @vitest-environment happy-dom
// Word's lists arrive on the clipboard as styled paragraphs; the paste import rebuilds them as nested HTML lists
// of the right type, without the typed-out markers, and leaves separate lists separate.
import { describe, expect, it } from 'vitest';
import { isFromWord, normaliseWordHtml } from '../../renderer/drafts/paste/wordLists';

const item = (level: number, marker: string, text: string) =>
  `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level${level} lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>${text}<o:p></o:p></p>`;

function normalise(body: string): Document {
  const document = new DOMParser().parseFromString(
    `<html><head><meta name=Generator content="Microsoft Word 15"></head><body>${body}</body></html>`,
    'text/html',
  );
  normaliseWordHtml(document);
  return document;
}

describe('Word list paragraphs', () => {
  it('become a numbered list with a bulleted list nested in its item, markers removed', () => {
    const document = normalise(
      item(1, '1.', 'Identify') + item(2, '·', 'Screen') + item(2, '·', 'Interview') + item(1, '2.', 'Refer'),
    );
    const outer = document.body.firstElementChild;
    expect(outer?.tagName).toBe('OL');
    expect(Array.from(outer?.children ?? []).map((li) => li.tagName)).toEqual(['LI', 'LI']);
    expect(outer?.querySelector(':scope > li > ul')?.textContent).toBe('ScreenInterview');
    expect(document.body.textContent).not.toMatch(/1\.|·/);
    expect(document.body.querySelectorAll('p')).toHaveLength(0);
  });

  it('stay two lists when a normal paragraph separates them', () => {
    const document = normalise(`${item(1, '·', 'A')}<p class=MsoNormal>between</p>${item(1, 'a)', 'B')}`);
    expect(Array.from(document.body.children).map((element) => element.tagName)).toEqual(['UL', 'P', 'OL']);
  });

  it('keep every item when a later one sits shallower than the first', () => {
    const document = normalise(item(2, '·', 'Deep') + item(1, '·', 'Shallow'));
    expect(document.body.querySelectorAll('li')).toHaveLength(2);
    expect(document.body.textContent).toBe('DeepShallow');
  });

  it("turn Word's heading and title styles into headings", () => {
    const document = normalise('<p class=MsoTitle>Guideline</p><p class=MsoHeading2>Scope</p>');
    expect(Array.from(document.body.children).map((element) => element.outerHTML)).toEqual([
      '<h1>Guideline</h1>',
      '<h2>Scope</h2>',
    ]);
  });

  it('is only applied to HTML from Word', () => {
    expect(isFromWord('<meta name="generator" content="LibreOffice 7.6"/><ol><li>x</li></ol>')).toBe(false);
    expect(isFromWord('<meta name=Generator content="Microsoft Word 15">')).toBe(true);
  });
});
