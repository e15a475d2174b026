// Per-keystroke work does not grow with the draft: typing in a paragraph of a long draft is not a change to the
// outline, the article titles or the cross-references (so nothing is renumbered), while adding, removing or
// retitling a provision is; and the index's summary, read from the leading blocks only, is the whole text's.
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { $draftSummary } from '../../renderer/drafts/editor/draftSummary';
import { createHeadlessDraftEditor } from '../../renderer/drafts/editor/headlessDraft';
import { $createCrossReferenceNode } from '../../renderer/drafts/legislation/CrossReferenceNode';
import { $createProvisionHeadingNode } from '../../renderer/drafts/legislation/ProvisionHeadingNode';
import { type ProvisionChanges, provisionChanges } from '../../renderer/drafts/legislation/provisionChanges';
import { summarise } from '../../shared/documents';

function longDraft(): LexicalEditor {
  const editor = createHeadlessDraftEditor();
  editor.update(
    () => {
      const root = $getRoot();
      for (let i = 0; i < 200; i++) {
        if (i % 10 === 0)
          root.append($createProvisionHeadingNode('article', `a${i}`).append($createTextNode(`Title ${i}`)));
        root.append($createParagraphNode().append($createTextNode(`Paragraph ${i} about shelters.`)));
      }
    },
    { discrete: true },
  );
  return editor;
}

/** The changes the next update reports, as the numbering and the toolbar read them. */
function changesOf(editor: LexicalEditor, edit: () => void): ProvisionChanges {
  let seen: ProvisionChanges | null = null;
  const stop = editor.registerUpdateListener((update) => {
    seen = provisionChanges(update);
  });
  editor.update(edit, { discrete: true });
  stop();
  if (!seen) throw new Error('no update');
  return seen;
}

const appendToText = (index: number, text: string) => () => {
  const block = $getRoot().getChildAtIndex(index);
  const leaf = $isElementNode(block) ? block.getLastChild() : null;
  if ($isTextNode(leaf)) leaf.setTextContent(`${leaf.getTextContent()}${text}`);
};

describe('what an edit can have changed in the legislation', () => {
  it('typing in a paragraph changes no number, title or reference', () => {
    const editor = longDraft();
    expect(changesOf(editor, appendToText(101, 'x'))).toEqual({
      outline: false,
      titles: false,
      references: false,
    });
  });

  it('a selection that moves changes nothing', () => {
    const editor = longDraft();
    expect(changesOf(editor, () => $getRoot().getChildAtIndex(5)?.selectStart())).toEqual({
      outline: false,
      titles: false,
      references: false,
    });
  });

  it("typing in an article's heading changes its title, not the outline", () => {
    const editor = longDraft();
    expect(changesOf(editor, appendToText(0, 'x'))).toEqual({
      outline: false,
      titles: true,
      references: false,
    });
  });

  it('adding, removing or moving a provision changes the outline', () => {
    const editor = longDraft();
    expect(
      changesOf(editor, () =>
        $getRoot().getChildAtIndex(50)?.insertAfter($createProvisionHeadingNode('chapter', 'c1')),
      ).outline,
    ).toBe(true);
    expect(changesOf(editor, () => $getRoot().getChildAtIndex(0)?.remove()).outline).toBe(true);
    expect(
      changesOf(editor, () => {
        const article = $getRoot().getChildAtIndex(10);
        if (article) $getRoot().append(article);
      }).outline,
    ).toBe(true);
  });

  it('a new paragraph (Enter) renumbers nothing: numbers count provisions only', () => {
    const editor = longDraft();
    expect(
      changesOf(editor, () => $getRoot().getChildAtIndex(20)?.insertAfter($createParagraphNode())).outline,
    ).toBe(false);
  });

  it('removing every block removes the provisions too', () => {
    const editor = longDraft();
    expect(changesOf(editor, () => $getRoot().clear()).outline).toBe(true);
  });

  it('adding or removing a cross-reference inside a paragraph needs its label drawn', () => {
    const editor = longDraft();
    expect(
      changesOf(editor, () => {
        const block = $getRoot().getChildAtIndex(101);
        if ($isElementNode(block)) block.append($createCrossReferenceNode('a0'));
      }),
    ).toEqual({ outline: false, titles: false, references: true });
    expect(
      changesOf(editor, () => {
        const block = $getRoot().getChildAtIndex(101);
        if ($isElementNode(block)) block.getLastChild()?.remove();
      }).references,
    ).toBe(true);
  });
});

describe("the index's summary", () => {
  it('is the summary of the whole text, for a long draft and a short one', () => {
    for (const editor of [longDraft(), createHeadlessDraftEditor()]) {
      editor.update(
        () => $getRoot().append($createParagraphNode().append($createTextNode('  Last   words '))),
        {
          discrete: true,
        },
      );
      editor.getEditorState().read(() => {
        expect($draftSummary()).toBe(summarise($getRoot().getTextContent()));
      });
    }
  });

  it('keeps a short draft whole, with its blocks separated by a space', () => {
    const editor = createHeadlessDraftEditor();
    editor.update(
      () =>
        $getRoot().append(
          $createParagraphNode().append($createTextNode('Shelters open at night.')),
          $createParagraphNode(),
          $createParagraphNode().append($createTextNode('Officers refer.')),
        ),
      { discrete: true },
    );
    expect(editor.getEditorState().read($draftSummary)).toBe('Shelters open at night. Officers refer.');
    expect(editor.getEditorState().read($draftSummary)).toBe(
      editor.getEditorState().read(() => summarise($getRoot().getTextContent())),
    );
  });
});
