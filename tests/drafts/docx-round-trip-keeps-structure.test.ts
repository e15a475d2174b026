// @vitest-environment happy-dom
// A draft exported to Word and imported back keeps headings, lists (with nesting), the table, the quote,
// link, text formats, and its articles with their numbers and cross-references.
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../renderer/drafts/export/exportDocx';
import { importDocx, UnreadableDocumentError } from '../../renderer/drafts/import/importDocx';
import { englishProvisionLabel } from '../../renderer/drafts/legislation/numbering';
import { inlineOf, sampleDraft, structureOf } from './sampleDraft';

describe('DOCX export and import', () => {
  it('keeps the structure of a draft through a round trip', async () => {
    const original = sampleDraft();
    const progress: number[] = [];
    const bytes = await exportDocx(original, englishProvisionLabel, { onProgress: (f) => progress.push(f) });
    expect(bytes.byteLength).toBeGreaterThan(1000);
    expect(progress.at(-1)).toBe(1);

    const imported = await importDocx(bytes);
    expect(structureOf(imported)).toEqual(structureOf(original));
    expect(inlineOf(imported)).toEqual(inlineOf(original));
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      exportDocx(sampleDraft(), englishProvisionLabel, { signal: controller.signal }),
    ).rejects.toThrow(/cancelled/);
    await expect(importDocx(new Uint8Array([1]), { signal: controller.signal })).rejects.toThrow(/cancelled/);
  });

  it('refuses a file that is not a Word document with a clear error', async () => {
    await expect(importDocx(new TextEncoder().encode('not a zip'))).rejects.toBeInstanceOf(
      UnreadableDocumentError,
    );
  });
});
