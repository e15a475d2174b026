// Two people opening a brand-new draft at the same moment must not each add their own first paragraph.
import { $createParagraphNode, $createTextNode, $getRoot, $isParagraphNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedDraftBody } from '../../renderer/drafts/editor/documentSeed';
import { bindHeadlessEditor, exchange } from './collaborationHarness';

const blocks = (bound: ReturnType<typeof bindHeadlessEditor>) =>
  bound.editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((n) => `${n.getType()}:${n.getTextContent()}`),
  );

describe('the seed of a new draft', () => {
  it('gives one paragraph however many clients seed the same empty document concurrently', async () => {
    const alice = bindHeadlessEditor();
    const bob = bindHeadlessEditor();
    seedDraftBody(alice.doc);
    seedDraftBody(bob.doc);
    await exchange(alice.doc, bob.doc);
    expect(blocks(alice)).toEqual(['paragraph:']);
    expect(blocks(bob)).toEqual(['paragraph:']);
  });

  it('lets both type into that paragraph and merges into one block', async () => {
    const alice = bindHeadlessEditor();
    const bob = bindHeadlessEditor();
    seedDraftBody(alice.doc);
    seedDraftBody(bob.doc);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const type = (bound: typeof alice, text: string) =>
      bound.editor.update(
        () => {
          const paragraph = $getRoot().getFirstChild();
          if ($isParagraphNode(paragraph)) paragraph.append($createTextNode(text));
        },
        { discrete: true },
      );
    type(alice, 'Alice ');
    type(bob, 'Bob ');
    await exchange(alice.doc, bob.doc);
    expect(blocks(alice)).toHaveLength(1);
    expect(blocks(alice)).toEqual(blocks(bob));
    expect(blocks(alice)[0]).toMatch(/Alice/);
    expect(blocks(alice)[0]).toMatch(/Bob/);
  });

  it('is a no-op on a document that already has content, even after its paragraph was deleted', async () => {
    const alice = bindHeadlessEditor();
    seedDraftBody(alice.doc);
    await new Promise((resolve) => setTimeout(resolve, 0));
    alice.editor.update(
      () => {
        $getRoot().clear();
        $getRoot().append($createParagraphNode().append($createTextNode('Replaced')));
      },
      { discrete: true },
    );
    const before = Y.encodeStateVector(alice.doc);
    seedDraftBody(alice.doc);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(Y.encodeStateVector(alice.doc)).toEqual(before);
    expect(blocks(alice)).toEqual(['paragraph:Replaced']);
  });
});
