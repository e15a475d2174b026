// Restoring a version is a forward edit the relay makes (shared/draft-restore.ts). It must give exactly the
// version's text, and, because it only changes what differs (down to the character), a co-author typing in a
// block the restore changes, at that very moment, keeps what they type.
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type LexicalNode,
} from 'lexical';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { draftRoot } from '../../shared/draft-content';
import { restoreDraftText } from '../../shared/draft-restore';
import { type BoundEditor, bindHeadlessEditor, exchange } from '../drafts/collaborationHarness';
import { inlineOf, sampleDraft, structureOf } from '../drafts/sampleDraft';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function boundWith(state: ReturnType<typeof sampleDraft>): Promise<BoundEditor> {
  const bound = bindHeadlessEditor();
  bound.editor.setEditorState(bound.editor.parseEditorState(state));
  bound.editor.update(() => {}, { discrete: true });
  await settle();
  return bound;
}

/** The first text node (depth first) whose text contains `needle`. */
function $textWith(node: LexicalNode, needle: string): ReturnType<typeof $createTextNode> | null {
  if ($isTextNode(node)) return node.getTextContent().includes(needle) ? node : null;
  if (!$isElementNode(node)) return null;
  for (const child of node.getChildren()) {
    const found = $textWith(child, needle);
    if (found) return found;
  }
  return null;
}

/** Edits a text node as typing would: replaces `before` with `after` inside it. */
function replaceIn({ editor }: BoundEditor, before: string, after: string): void {
  editor.update(
    () => {
      const node = $textWith($getRoot(), before);
      if (!node) throw new Error(`no text "${before}"`);
      const at = node.getTextContent().indexOf(before);
      node.spliceText(at, before.length, after);
    },
    { discrete: true },
  );
}

const read = ({ editor }: BoundEditor) => editor.getEditorState().toJSON();
const textOf = ({ editor }: BoundEditor) => editor.getEditorState().read(() => $getRoot().getTextContent());

it('a restored draft reads exactly as the version, in the restoring replica and in a reader', async () => {
  const version = await boundWith(sampleDraft());
  const expected = read(version);
  const live = await boundWith(sampleDraft());
  const reader = bindHeadlessEditor();
  await exchange(live.doc, reader.doc);
  // Many kinds of change since the version: a deleted block, a new one, words and formats in a nested list
  // item, a word in a table cell, a heading's text.
  live.editor.update(
    () => {
      const blocks = $getRoot().getChildren();
      blocks[1]?.remove();
      blocks[3]?.insertAfter($createParagraphNode().append($createTextNode('A new paragraph.')));
      $textWith($getRoot(), 'Screening')?.setTextContent('Screening of everyone').toggleFormat('bold');
      $textWith($getRoot(), 'Follow up')?.setTextContent('Follow up within a week');
      $textWith($getRoot(), 'Ghana')?.setTextContent('Ghana and Togo');
      $textWith($getRoot(), 'Steps')?.setTextContent('The steps');
    },
    { discrete: true },
  );
  await exchange(live.doc, reader.doc);
  expect(structureOf(read(reader))).not.toEqual(structureOf(expected));

  live.doc.transact(() => restoreDraftText(draftRoot(live.doc), draftRoot(version.doc)));
  await settle();
  await exchange(live.doc, reader.doc);
  for (const replica of [live, reader]) {
    expect(structureOf(read(replica))).toEqual(structureOf(expected));
    expect(inlineOf(read(replica))).toEqual(inlineOf(expected));
  }
});

it('what a co-author types in a block the restore changes, at that moment, is kept', async () => {
  const relay = new Y.Doc();
  const author = await boundWith(sampleDraft());
  const typist = bindHeadlessEditor();
  await exchange(author.doc, relay);
  const version = Y.encodeStateAsUpdate(relay);
  // After the version: a word changes in the body of the first article.
  replaceIn(author, 'Every victim has rights.', 'Every victim is sent rights.');
  await exchange(author.doc, relay);
  await exchange(relay, typist.doc);
  expect(textOf(typist)).toContain('is sent rights');

  // The typist types in that same quote, before and after the changed words; the relay restores meanwhile.
  replaceIn(typist, 'rights.', 'rights, always.');
  replaceIn(typist, 'Every victim', 'Every single victim');
  const source = new Y.Doc();
  Y.applyUpdate(source, version);
  relay.transact(() => restoreDraftText(draftRoot(relay), draftRoot(source)));
  await exchange(relay, typist.doc);
  await exchange(relay, author.doc);

  for (const replica of [typist, author]) {
    expect(textOf(replica)).toContain('Every single victim has rights, always.');
  }
  expect(textOf(typist)).toBe(textOf(author));
});
