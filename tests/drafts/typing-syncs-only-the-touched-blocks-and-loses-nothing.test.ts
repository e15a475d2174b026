// A keystroke copies into Yjs only the blocks it touched (renderer/drafts/editor/incrementalYjsSync.ts). What a
// co-author relies on: after any mix of edits (typing anywhere, formatting, new, removed and restyled blocks,
// list items, headings, a full replacement), the shared document holds exactly what the author's editor shows,
// so a co-author's replica and a draft opened afresh from the relay's copy read the same as the author's.
import { $createListItemNode, $createListNode, $isListNode } from '@lexical/list';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type ElementNode,
  type LexicalEditor,
  type SerializedEditorState,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $createProvisionHeadingNode } from '../../renderer/drafts/legislation/ProvisionHeadingNode';
import { bindHeadlessEditor, exchange } from './collaborationHarness';
import { seededRandom } from './randomEdits';

const content = (editor: LexicalEditor): SerializedEditorState => editor.getEditorState().toJSON();

/** Every text node of the draft, wherever it sits (paragraphs, headings, list items). */
function $textNodes(): ReturnType<typeof $createTextNode>[] {
  const found: ReturnType<typeof $createTextNode>[] = [];
  const visit = (node: ElementNode) => {
    for (const child of node.getChildren()) {
      if ($isTextNode(child)) found.push(child);
      else if ($isElementNode(child)) visit(child);
    }
  };
  visit($getRoot());
  return found;
}

function randomEdit(editor: LexicalEditor, pick: (below: number) => number): void {
  editor.update(
    () => {
      const root = $getRoot();
      const blocks = root.getChildren();
      const block = blocks[pick(blocks.length)];
      const texts = $textNodes();
      const text = texts[pick(texts.length)];
      switch (pick(8)) {
        case 0:
        case 1:
        case 2:
          // The common case: a keystroke somewhere in the draft.
          if (text) text.spliceText(pick(text.getTextContentSize() + 1), 0, 'x');
          break;
        case 3:
          if (text && text.getTextContentSize() > 1)
            text.spliceText(pick(text.getTextContentSize() - 1), 1, '');
          break;
        case 4:
          if (text) text.toggleFormat('bold');
          break;
        case 5:
          block?.insertAfter($createParagraphNode().append($createTextNode(`new ${pick(1000)}`)));
          break;
        case 6:
          if (blocks.length > 3) block?.remove();
          break;
        default: {
          const list = blocks.find($isListNode);
          if (list && pick(2) === 0)
            list.append($createListItemNode().append($createTextNode(`item ${pick(1000)}`)));
          else
            block?.insertBefore(
              $createProvisionHeadingNode('article').append($createTextNode(`Article ${pick(1000)}`)),
            );
        }
      }
    },
    { discrete: true },
  );
}

describe('typing in a long draft syncs only the touched blocks', () => {
  it('keeps the shared document equal to the author’s editor through random edits', async () => {
    const author = bindHeadlessEditor();
    const coAuthor = bindHeadlessEditor();
    author.editor.update(
      () => {
        const root = $getRoot().clear();
        for (let i = 0; i < 60; i++) {
          if (i % 6 === 0)
            root.append($createProvisionHeadingNode('article').append($createTextNode(`Heading ${i}`)));
          root.append($createParagraphNode().append($createTextNode(`Paragraph ${i} of the draft.`)));
        }
        root.append($createListNode('bullet').append($createListItemNode().append($createTextNode('first'))));
      },
      { discrete: true },
    );
    await exchange(author.doc, coAuthor.doc);

    const pick = seededRandom(20_260_112);
    for (let round = 0; round < 40; round++) {
      for (let edit = 0; edit < 10; edit++) randomEdit(author.editor, pick);
      await exchange(author.doc, coAuthor.doc);
      expect(content(coAuthor.editor)).toEqual(content(author.editor));
    }

    // A draft opened afresh from the shared state: nothing the author typed was left out of Yjs.
    const opened = bindHeadlessEditor(new Y.Doc());
    Y.applyUpdate(opened.doc, Y.encodeStateAsUpdate(author.doc));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(content(opened.editor)).toEqual(content(author.editor));
  });

  it('copies a whole new state into Yjs when the editor is given one (a full reconcile)', async () => {
    const author = bindHeadlessEditor();
    author.editor.update(
      () => {
        $getRoot()
          .clear()
          .append(
            $createParagraphNode().append($createTextNode('one')),
            $createParagraphNode().append($createTextNode('two')),
          );
      },
      { discrete: true },
    );
    const before = author.editor.getEditorState();
    author.editor.update(
      () => {
        const second = $getRoot().getLastChild<ElementNode>()?.getFirstChild();
        if ($isTextNode(second)) second.setTextContent('two, edited');
      },
      { discrete: true },
    );
    // Back to the earlier state: the paragraphs are the same objects, only their text differs.
    author.editor.setEditorState(before);
    await new Promise((resolve) => setTimeout(resolve, 0));

    const opened = bindHeadlessEditor(new Y.Doc());
    Y.applyUpdate(opened.doc, Y.encodeStateAsUpdate(author.doc));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(opened.editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('one\n\ntwo');
  });
});
