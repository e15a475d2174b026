// A draft exported to Markdown and imported back keeps headings, nested lists, the table, the quote and its
// articles with their numbers and cross-references; HTML export writes the derived labels out.
// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { exportHtml } from '../../renderer/drafts/export/exportHtml';
import { exportMarkdown } from '../../renderer/drafts/export/exportMarkdown';
import { importMarkdown } from '../../renderer/drafts/import/importMarkdown';
import { englishProvisionLabel } from '../../renderer/drafts/legislation/numbering';
import { sampleDraft, structureOf } from './sampleDraft';

describe('Markdown export and import', () => {
  it('keeps the structure of a draft through a round trip', () => {
    const original = sampleDraft();
    const markdown = exportMarkdown(original, englishProvisionLabel);
    const text = new TextDecoder().decode(markdown);
    expect(text).toContain('#### Article 2 — Definitions {#definitions}');
    expect(text).toContain('[Article 2](#definitions)');
    expect(text).toMatch(/\| Country \| Focal point \|/);
    expect(structureOf(importMarkdown(markdown))).toEqual(structureOf(original));
  });

  it('recognises provisions labelled in another UI language', () => {
    const imported = importMarkdown(
      new TextEncoder().encode('## Partie 1 — Dispositions\n\n#### Artículo 4\n'),
    );
    expect(structureOf(imported)).toEqual(['part 1: Dispositions', 'article 1: ']);
  });
});

describe('HTML export', () => {
  it('writes article numbers and cross-reference labels as text', () => {
    const html = new TextDecoder().decode(
      exportHtml(sampleDraft(), englishProvisionLabel, 'Guideline <draft>'),
    );
    expect(html).toContain('<title>Guideline &lt;draft&gt;</title>');
    expect(html).toMatch(/id="definitions"[^>]*><span class="provision-label">Article 2 — <\/span>/);
    expect(html).toMatch(/data-provision-target="definitions"[^>]*>Article 2</);
  });
});
