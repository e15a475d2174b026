// Joining paragraphs while suggesting (Backspace at a paragraph's start, Delete at its end, a deletion across
// paragraphs) leaves the paragraphs as they are with a join marker; accepting it gives exactly the joined text,
// rejecting it exactly the original, in both people's copies. Also: taking one's own join back, blocks that
// cannot be joined, and a join on a break that someone else's split made.

import { $createHeadingNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type LexicalNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  $settleAll,
  $settleSuggestions,
  $suggestionsInBody,
  type Outcome,
} from '../../renderer/consultation/suggestions/settleSuggestions';
import {
  $suggestDelete,
  $suggestRemoveSelection,
  $suggestSplit,
} from '../../renderer/consultation/suggestions/suggestionEdits';
import { $createProvisionHeadingNode } from '../../renderer/drafts/legislation/ProvisionHeadingNode';
import { type BoundEditor, bindHeadlessEditor, exchange } from '../drafts/collaborationHarness';
import { $select, paragraphs, seedParagraphs, suggestingAuthor, write } from './suggestionHarness';

async function twoPeople(...texts: string[]) {
  const alice = bindHeadlessEditor();
  const bob = bindHeadlessEditor(new Y.Doc());
  seedParagraphs(alice.editor, ...texts);
  await exchange(alice.doc, bob.doc);
  return { alice, bob };
}

const types = (bound: BoundEditor) =>
  bound.editor
    .getEditorState()
    .read($suggestionsInBody)
    .map((suggestion) => suggestion.type);

/** Settles everything in Bob's copy and says what both copies read afterwards. */
async function settleInBob(alice: BoundEditor, bob: BoundEditor, outcome: Outcome) {
  write(bob.editor, () => $settleAll(outcome));
  await exchange(alice.doc, bob.doc);
  expect(paragraphs(alice.editor)).toEqual(paragraphs(bob.editor));
  expect(types(alice)).toEqual([]);
  return paragraphs(alice.editor);
}

/** Selects from `from` (its start) in one text node to `to` (its end) in another. */
function $selectAcross(from: string, to: string): void {
  const texts = (node: LexicalNode): LexicalNode[] =>
    $isTextNode(node) ? [node] : $isElementNode(node) ? node.getChildren().flatMap(texts) : [];
  const all = texts($getRoot());
  const start = all.find((node) => node.getTextContent().includes(from));
  const end = all.find((node) => node.getTextContent().includes(to));
  if (!start || !end) throw new Error('text not found');
  const selection = $createRangeSelection();
  selection.anchor.set(start.getKey(), start.getTextContent().indexOf(from), 'text');
  selection.focus.set(end.getKey(), end.getTextContent().indexOf(to) + to.length, 'text');
  $setSelection(selection);
}

describe('joining paragraphs while suggesting', () => {
  it('Backspace at a paragraph start marks the break; accept joins, reject leaves the original', async () => {
    for (const outcome of ['accept', 'reject'] as const) {
      const { alice, bob } = await twoPeople('Victims are referred.', 'Within days.');
      const ines = suggestingAuthor('ines');
      write(alice.editor, () => {
        $select('Within', 'start');
        $suggestDelete(ines, true, 'character');
      });
      await exchange(alice.doc, bob.doc);
      // Nothing joins until a lead decides: both still read two paragraphs, with one join suggestion.
      expect(paragraphs(bob.editor)).toEqual(['Victims are referred.', 'Within days.']);
      expect(bob.editor.getEditorState().read($suggestionsInBody)).toEqual([
        {
          id: ines.made[0],
          type: 'join',
          text: '',
          around: { before: 'Victims are referred.', after: 'Within days.' },
        },
      ]);
      expect(await settleInBob(alice, bob, outcome)).toEqual(
        outcome === 'accept'
          ? ['Victims are referred.Within days.']
          : ['Victims are referred.', 'Within days.'],
      );
    }
  });

  it('Delete at the end of a paragraph marks the break before the next one', async () => {
    const { alice, bob } = await twoPeople('One.', 'Two.', 'Three.');
    const jon = suggestingAuthor('jon');
    write(alice.editor, () => {
      $select('Two.', 'end');
      $suggestDelete(jon, false, 'character');
    });
    await exchange(alice.doc, bob.doc);
    expect(types(bob)).toEqual(['join']);
    expect(await settleInBob(alice, bob, 'accept')).toEqual(['One.', 'Two.Three.']);
  });

  it('a deletion across paragraphs strikes the text and marks every break it runs over', async () => {
    for (const outcome of ['accept', 'reject'] as const) {
      const { alice, bob } = await twoPeople('Keep this, drop', 'the middle', 'and this end.');
      const kim = suggestingAuthor('kim');
      write(alice.editor, () => {
        $selectAcross(' drop', 'and ');
        const selection = $getSelection();
        if ($isRangeSelection(selection)) $suggestRemoveSelection(kim, selection, true);
      });
      await exchange(alice.doc, bob.doc);
      expect(paragraphs(bob.editor)).toEqual(['Keep this, drop', 'the middle', 'and this end.']);
      expect(types(bob)).toEqual(['delete', 'join', 'delete', 'join', 'delete']);
      expect(await settleInBob(alice, bob, outcome)).toEqual(
        outcome === 'accept' ? ['Keep this,this end.'] : ['Keep this, drop', 'the middle', 'and this end.'],
      );
    }
  });

  it('Backspace right after your own join marker takes it back; the first block, a heading and articles are left alone', async () => {
    const { alice } = await twoPeople('First.', 'Second.');
    const lee = suggestingAuthor('lee');
    write(alice.editor, () => {
      $select('Second', 'start');
      $suggestDelete(lee, true, 'character');
    });
    expect(types(alice)).toEqual(['join']);
    // The caret stays just after the marker: the next Backspace removes it, and nothing else changes.
    write(alice.editor, () => $suggestDelete(lee, true, 'character'));
    expect(types(alice)).toEqual([]);
    expect(paragraphs(alice.editor)).toEqual(['First.', 'Second.']);

    write(alice.editor, () => {
      $select('First', 'start');
      $suggestDelete(lee, true, 'character');
    });
    expect(types(alice)).toEqual([]);

    write(alice.editor, () => {
      $getRoot()
        .clear()
        .append(
          $createHeadingNode('h2').append($createTextNode('Article 1')),
          $createParagraphNode().append($createTextNode('Body.')),
        );
    });
    write(alice.editor, () => {
      $select('Body', 'start');
      $suggestDelete(lee, true, 'character');
    });
    expect(types(alice)).toEqual([]);
    expect(paragraphs(alice.editor)).toEqual(['Article 1', 'Body.']);

    // Two articles of a model law stay two articles.
    write(alice.editor, () => {
      $getRoot()
        .clear()
        .append(
          $createProvisionHeadingNode('article').append($createTextNode('Definitions')),
          $createProvisionHeadingNode('article').append($createTextNode('Scope')),
        );
    });
    write(alice.editor, () => {
      $select('Scope', 'start');
      $suggestDelete(lee, true, 'character');
    });
    expect(types(alice)).toEqual([]);
  });

  it("a join after someone else's split settles once, in any order and all at once", async () => {
    // Dan splits the first paragraph; Eve proposes joining the second paragraph to the part Dan split off, and
    // Fay proposes joining Dan's new paragraph back (the break Dan made).
    const scenario = async () => {
      const { alice, bob } = await twoPeople('Alpha beta.', 'Gamma.');
      const dan = suggestingAuthor('dan');
      const eve = suggestingAuthor('eve');
      const fay = suggestingAuthor('fay');
      write(alice.editor, () => {
        $select('beta', 'start');
        $suggestSplit(dan);
      });
      await exchange(alice.doc, bob.doc);
      write(bob.editor, () => {
        $select('Gamma', 'start');
        $suggestDelete(eve, true, 'character');
      });
      write(bob.editor, () => {
        $select('beta', 'start');
        $suggestDelete(fay, true, 'character');
      });
      await exchange(alice.doc, bob.doc);
      expect(paragraphs(alice.editor)).toEqual(['Alpha ', 'beta.', 'Gamma.']);
      expect(types(alice)).toEqual(['split', 'join', 'join']);
      return { alice, bob, dan, eve, fay };
    };

    let { alice, bob, dan, eve, fay } = await scenario();
    write(bob.editor, () => $settleSuggestions(eve.made, 'accept'));
    await exchange(alice.doc, bob.doc);
    expect(paragraphs(alice.editor)).toEqual(['Alpha ', 'beta.Gamma.']);
    // Rejecting Dan's split joins its break; Fay's join of the same break goes with it, and joins nothing more.
    write(bob.editor, () => $settleSuggestions(dan.made, 'reject'));
    write(bob.editor, () => $settleSuggestions(fay.made, 'accept'));
    await exchange(alice.doc, bob.doc);
    expect(paragraphs(alice.editor)).toEqual(['Alpha beta.Gamma.']);
    expect(types(alice)).toEqual([]);

    ({ alice, bob, dan, eve, fay } = await scenario());
    write(bob.editor, () => $settleSuggestions(dan.made, 'accept'));
    write(bob.editor, () => $settleSuggestions(fay.made, 'accept'));
    write(bob.editor, () => $settleSuggestions(eve.made, 'reject'));
    await exchange(alice.doc, bob.doc);
    expect(paragraphs(alice.editor)).toEqual(['Alpha beta.', 'Gamma.']);

    ({ alice, bob } = await scenario());
    expect(await settleInBob(alice, bob, 'reject')).toEqual(['Alpha beta.', 'Gamma.']);
    ({ alice, bob } = await scenario());
    expect(await settleInBob(alice, bob, 'accept')).toEqual(['Alpha beta.Gamma.']);
  });
});
