// @vitest-environment happy-dom
// Links to javascript:, data: and other non-web targets arrive through paste, imports and other clients. They
// must not survive into the draft or into any file Commons writes: the text stays, the link goes.
import { $createLinkNode } from '@lexical/link';
import JSZip from 'jszip';
import { $createParagraphNode, $createTextNode, $getRoot, type SerializedEditorState } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createHeadlessDraftEditor } from '../../renderer/drafts/editor/headlessDraft';
import { exportDocx } from '../../renderer/drafts/export/exportDocx';
import { exportHtml } from '../../renderer/drafts/export/exportHtml';
import { exportMarkdown } from '../../renderer/drafts/export/exportMarkdown';
import { draftFromHtml } from '../../renderer/drafts/import/draftFromHtml';
import { importMarkdown } from '../../renderer/drafts/import/importMarkdown';
import { englishProvisionLabel } from '../../renderer/drafts/legislation/numbering';
import { isSafeLinkUrl, registerSafeLinks } from '../../renderer/drafts/links/safeLinks';

const HOSTILE = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<b>x</b>',
  'vbscript:x',
  'file:///etc/passwd',
];

/** A one-paragraph draft: "Read " + a link for each target + " and the guide" (a safe link). */
function draftWithLinks(targets: string[]): SerializedEditorState {
  const editor = createHeadlessDraftEditor();
  editor.update(
    () => {
      const paragraph = $createParagraphNode().append($createTextNode('Read '));
      for (const [n, url] of targets.entries()) {
        paragraph.append($createLinkNode(url).append($createTextNode(`bad${n} `)));
      }
      paragraph.append($createLinkNode('https://example.org/guide').append($createTextNode('the guide')));
      $getRoot().clear().append(paragraph);
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON();
}

describe('which link targets are safe', () => {
  it('keeps web, e-mail and in-document links and refuses the rest', () => {
    for (const url of ['https://example.org', 'http://10.0.0.5:8080/x', 'mailto:focal@example.org', '#art-2'])
      expect(isSafeLinkUrl(url), url).toBe(true);
    for (const url of [...HOSTILE, '', 'not a url', '//evil.example'])
      expect(isSafeLinkUrl(url), url).toBe(false);
  });
});

describe('exports', () => {
  const state = draftWithLinks(HOSTILE);

  it('Markdown keeps the text of unsafe links but not their targets', () => {
    const text = new TextDecoder().decode(exportMarkdown(state, englishProvisionLabel));
    expect(text).toContain('bad0');
    expect(text).toContain('[the guide](https://example.org/guide)');
    expect(text).not.toMatch(/javascript|data:|vbscript|file:/i);
  });

  it('HTML keeps the text of unsafe links but not their targets', () => {
    const html = new TextDecoder().decode(exportHtml(state, englishProvisionLabel, 'Links'));
    expect(html).toContain('bad5');
    expect(html).toContain('href="https://example.org/guide"');
    expect(html).not.toMatch(/javascript|data:text|vbscript|file:/i);
  });

  it('Word keeps the text of unsafe links but writes no hyperlink to them', async () => {
    const zip = await JSZip.loadAsync(await exportDocx(state, englishProvisionLabel));
    const relationships = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(relationships).toContain('https://example.org/guide');
    expect(relationships).not.toMatch(/javascript|data:|vbscript|file:/i);
    expect(body).toContain('bad3');
  });
});

describe('imports', () => {
  it('an HTML or Word import turns unsafe links into text', () => {
    const imported = draftFromHtml(
      '<p>See <a href="javascript:alert(1)">this</a> and <a href="https://example.org">that</a></p>',
    );
    const json = JSON.stringify(imported);
    expect(json).toContain('this');
    expect(json).toContain('https://example.org');
    expect(json).not.toContain('javascript');
  });

  it('a Markdown import turns unsafe links into text', () => {
    const imported = importMarkdown(new TextEncoder().encode('See [this](javascript:alert(1)) now\n'));
    const json = JSON.stringify(imported);
    expect(json).toContain('this');
    expect(json).not.toContain('javascript');
  });
});

describe('the live editor', () => {
  it('unwraps an unsafe link however it got in, and keeps safe ones', () => {
    const editor = createHeadlessDraftEditor();
    registerSafeLinks(editor);
    editor.setEditorState(editor.parseEditorState(draftWithLinks(['javascript:alert(1)'])));
    // Transforms run on updates: a remote change or a paste marks the nodes dirty the same way.
    editor.update(
      () => {
        for (const node of $getRoot().getAllTextNodes()) node.getParentOrThrow().markDirty();
      },
      { discrete: true },
    );
    const json = JSON.stringify(editor.getEditorState().toJSON());
    expect(json).toContain('bad0');
    expect(json).not.toContain('javascript');
    expect(json).toContain('https://example.org/guide');
  });
});
