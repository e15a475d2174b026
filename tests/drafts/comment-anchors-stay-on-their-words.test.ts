// A comment's anchor (two Yjs relative positions into the body's Lexical-Yjs types) stays on the words it was
// made on while another person types before and inside the range or formats part of it, in both people's
// copies, and reads as gone once those words are deleted.
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { beforeEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { $anchorOfSelection, $resolveAnchor } from '../../renderer/consultation/comments/model/anchors';
import type { CommentAnchor } from '../../shared/discussion';
import { type BoundEditor, bindHeadlessEditor, exchange } from './collaborationHarness';

const SENTENCE = 'The ministry shall publish the hotline number every year.';

let lead: BoundEditor;
let commenter: BoundEditor;

const $firstText = (): TextNode => {
  const text = $getRoot().getFirstDescendant();
  if (!$isTextNode(text)) throw new Error('no text');
  return text;
};

/** What the anchor covers in this person's copy, or null when its text is gone. */
const coveredText = ({ editor, doc }: BoundEditor, anchor: CommentAnchor): string | null =>
  editor.getEditorState().read(() => $resolveAnchor(doc, anchor)?.getTextContent() ?? null);

function anchorOn(person: BoundEditor, words: string): CommentAnchor {
  let anchor: CommentAnchor | null = null;
  person.editor.update(
    () => {
      const text = $firstText();
      const start = text.getTextContent().indexOf(words);
      const selection = $createRangeSelection();
      selection.anchor.set(text.getKey(), start, 'text');
      selection.focus.set(text.getKey(), start + words.length, 'text');
      $setSelection(selection);
      anchor = $anchorOfSelection(person.doc);
    },
    { discrete: true },
  );
  if (!anchor) throw new Error('no anchor');
  return anchor;
}

const typeAt = (editor: LexicalEditor, offset: number, text: string) =>
  editor.update(
    () => {
      const node = $firstText();
      node.spliceText(offset, 0, text, false);
    },
    { discrete: true },
  );

beforeEach(async () => {
  lead = bindHeadlessEditor();
  commenter = bindHeadlessEditor();
  lead.editor.update(
    () => {
      $getRoot()
        .clear()
        .append($createParagraphNode().append($createTextNode(SENTENCE)));
    },
    { discrete: true },
  );
  await exchange(lead.doc, commenter.doc);
});

test('the anchor keeps its quote and covers exactly the selected words', () => {
  const anchor = anchorOn(commenter, 'hotline number');
  expect(anchor.quote).toBe('hotline number');
  expect(coveredText(commenter, anchor)).toBe('hotline number');
});

test('typing before the range and inside it leaves the anchor on the same words, now with the new ones', async () => {
  const anchor = anchorOn(commenter, 'hotline number');
  typeAt(lead.editor, 0, 'Each year, ');
  const inside = `Each year, ${SENTENCE}`.indexOf('hotline') + 'hotline'.length;
  typeAt(lead.editor, inside, ' toll-free');
  await exchange(lead.doc, commenter.doc);
  for (const person of [lead, commenter]) {
    expect(coveredText(person, anchor)).toBe('hotline toll-free number');
  }
});

test('typing right at either edge of the range stays outside it', async () => {
  const anchor = anchorOn(commenter, 'hotline number');
  const start = SENTENCE.indexOf('hotline');
  typeAt(lead.editor, start + 'hotline number'.length, 's');
  typeAt(lead.editor, start, 'free ');
  await exchange(lead.doc, commenter.doc);
  expect(coveredText(commenter, anchor)).toBe('hotline number');
  expect(coveredText(lead, anchor)).toBe('hotline number');
});

test('once its words are deleted the anchor resolves to nothing, while the quote still says what they were', async () => {
  const anchor = anchorOn(commenter, 'hotline number');
  lead.editor.update(
    () => {
      const node = $firstText();
      node.spliceText(SENTENCE.indexOf('the hotline number'), 'the hotline number '.length, '', false);
    },
    { discrete: true },
  );
  await exchange(lead.doc, commenter.doc);
  expect(lead.editor.getEditorState().read(() => $getRoot().getTextContent())).toBe(
    'The ministry shall publish every year.',
  );
  expect(coveredText(commenter, anchor)).toBeNull();
  expect(coveredText(lead, anchor)).toBeNull();
  expect(anchor.quote).toBe('hotline number');
});

test('an anchor whose whole paragraph was removed resolves to nothing', async () => {
  const anchor = anchorOn(commenter, 'ministry');
  lead.editor.update(
    () => {
      $getRoot()
        .clear()
        .append($createParagraphNode().append($createTextNode('A new text.')));
    },
    { discrete: true },
  );
  await exchange(lead.doc, commenter.doc);
  expect(coveredText(commenter, anchor)).toBeNull();
  expect(coveredText(lead, anchor)).toBeNull();
});

test('an anchor across two paragraphs follows both ends', async () => {
  lead.editor.update(
    () => {
      $getRoot().append($createParagraphNode().append($createTextNode('Article 2 names the office.')));
    },
    { discrete: true },
  );
  await exchange(lead.doc, commenter.doc);
  let anchor: CommentAnchor | null = null;
  commenter.editor.update(
    () => {
      const [first, second] = $getRoot().getAllTextNodes();
      if (!first || !second) throw new Error('two paragraphs expected');
      const selection = $createRangeSelection();
      selection.anchor.set(first.getKey(), SENTENCE.indexOf('every'), 'text');
      selection.focus.set(second.getKey(), 'Article 2'.length, 'text');
      $setSelection(selection);
      anchor = $anchorOfSelection(commenter.doc);
    },
    { discrete: true },
  );
  typeAt(lead.editor, 0, 'Now: ');
  await exchange(lead.doc, commenter.doc);
  expect(coveredText(lead, anchor as unknown as CommentAnchor)).toBe('every year.\nArticle 2');
});

test('making part of the commented words bold keeps the anchor on them, on the same characters', async () => {
  const anchor = anchorOn(commenter, 'hotline number');
  const boldFrom = (from: number, to: number) =>
    lead.editor.update(
      () => {
        const selection = $createRangeSelection();
        let offset = 0;
        for (const text of $getRoot().getAllTextNodes()) {
          const size = text.getTextContentSize();
          if (from >= offset && from < offset + size)
            selection.anchor.set(text.getKey(), from - offset, 'text');
          if (to > offset && to <= offset + size) selection.focus.set(text.getKey(), to - offset, 'text');
          offset += size;
        }
        $setSelection(selection);
        selection.formatText('bold');
      },
      { discrete: true },
    );
  const hotline = SENTENCE.indexOf('hotline');
  boldFrom(hotline, hotline + 3);
  boldFrom(SENTENCE.indexOf('number') + 2, SENTENCE.indexOf('number') + 6);
  await exchange(lead.doc, commenter.doc);
  for (const person of [lead, commenter]) expect(coveredText(person, anchor)).toBe('hotline number');
  // The split is written in place (yjsTextInPlace.ts): the characters the ends were made on are still there.
  const characterKept = (doc: Y.Doc, encoded: string) => {
    const id = Y.decodeRelativePosition(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0))).item;
    return id !== null && !Y.getItem(doc.store, id).deleted;
  };
  for (const person of [lead, commenter]) {
    expect([characterKept(person.doc, anchor.start), characterKept(person.doc, anchor.end)]).toEqual([
      true,
      true,
    ]);
  }
});
