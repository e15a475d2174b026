// Restoring a version and moving a provision copy a draft's blocks as plain Yjs edits (shared/draft-content.ts).
// A copy must read exactly as the original in Lexical: headings, formats, nested lists, a table, a quote, a link,
// parts, chapters, articles and a cross-reference, and a copy into a draft with other text keeps the equal blocks.
import { $getRoot } from 'lexical';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { draftRoot } from '../../shared/draft-content';
import { restoreDraftText } from '../../shared/draft-restore';
import { bindHeadlessEditor, exchange } from './collaborationHarness';
import { inlineOf, sampleDraft, structureOf } from './sampleDraft';

it('a draft copied block by block into another document reads exactly as the original', async () => {
  const original = bindHeadlessEditor();
  original.editor.setEditorState(original.editor.parseEditorState(sampleDraft()));
  original.editor.update(() => {}, { discrete: true });
  await new Promise((resolve) => setTimeout(resolve, 0));
  const expected = original.editor.getEditorState().toJSON();
  expect(structureOf(expected).length).toBeGreaterThan(10);

  const copy = bindHeadlessEditor();
  const reader = bindHeadlessEditor();
  copy.doc.transact(() => restoreDraftText(draftRoot(copy.doc), draftRoot(original.doc)));
  await exchange(copy.doc, reader.doc);
  for (const { editor } of [copy, reader]) {
    const state = editor.getEditorState().toJSON();
    expect(structureOf(state)).toEqual(structureOf(expected));
    expect(inlineOf(state)).toEqual(inlineOf(expected));
  }
});

it('replacing keeps the blocks that are equal at the start and the end as they are', async () => {
  const source = bindHeadlessEditor();
  source.editor.setEditorState(source.editor.parseEditorState(sampleDraft()));
  source.editor.update(() => {}, { discrete: true });
  await new Promise((resolve) => setTimeout(resolve, 0));
  const live = new Y.Doc();
  Y.applyUpdate(live, Y.encodeStateAsUpdate(source.doc));
  const blocksBefore = (draftRoot(live).toDelta() as { insert: unknown }[]).map((op) => op.insert);
  // The live draft lost its third block meanwhile; restoring puts back just that one.
  draftRoot(live).delete(2, 1);
  live.transact(() => restoreDraftText(draftRoot(live), draftRoot(source.doc)));
  const blocksAfter = (draftRoot(live).toDelta() as { insert: unknown }[]).map((op) => op.insert);
  expect(blocksAfter).toHaveLength(blocksBefore.length);
  expect(blocksAfter[0]).toBe(blocksBefore[0]);
  expect(blocksAfter.at(-1)).toBe(blocksBefore.at(-1));
  expect(blocksAfter[2]).not.toBe(blocksBefore[2]);
  const reader = bindHeadlessEditor();
  await exchange(live, reader.doc);
  const text = reader.editor.getEditorState().read(() => $getRoot().getTextContent());
  expect(text).toBe(source.editor.getEditorState().read(() => $getRoot().getTextContent()));
});
