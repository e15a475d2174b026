// Rounds of random suggestions made at the same moment by two people in the same two paragraphs (insertions
// anywhere, each striking words in their own half of a paragraph), and every third round a lead settling some of
// them once everyone is in step. What people rely on: once every replica has everything, they all read the same;
// the text with every suggestion rejected is what it was before the round (suggesting never changes it); and every
// suggestion made in the round is there with the words its author saw.
import { $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  $settleSuggestions,
  $suggestionsInBody,
  $textAfter,
} from '../../renderer/consultation/suggestions/settleSuggestions';
import {
  $suggestInsertText,
  $suggestRemoveSelection,
} from '../../renderer/consultation/suggestions/suggestionEdits';
import { paragraphs, seedParagraphs, suggestingAuthor, write } from '../consultation/suggestionHarness';
import { type BoundEditor, bindHeadlessEditor, exchange } from './collaborationHarness';
import { $selectOffsets, seededRandom } from './randomEdits';

const WORDS = ['new ', 'urgent ', 'all ', 'each ', 'local ', 'and '];

async function syncAll(replicas: BoundEditor[]): Promise<void> {
  for (const a of replicas) for (const b of replicas) if (a !== b) await exchange(a.doc, b.doc);
}

const read = <T>(replica: BoundEditor, reader: () => T): T => replica.editor.getEditorState().read(reader);

describe('random suggestions made at once by two people in the same paragraphs', () => {
  it('every replica reads the same, nothing is duplicated or lost, through 40 rounds', async () => {
    const next = seededRandom(20_261_203);
    const replicas = [bindHeadlessEditor(), bindHeadlessEditor(new Y.Doc()), bindHeadlessEditor(new Y.Doc())];
    const [alice, bob, lead] = replicas as [BoundEditor, BoundEditor, BoundEditor];
    seedParagraphs(
      alice.editor,
      'Officers refer victims to shelters within two days of the first contact.',
      'Partners share lessons on screening at borders and in airports.',
    );
    await syncAll(replicas);
    const people = [
      { replica: alice, author: suggestingAuthor('alice') },
      { replica: bob, author: suggestingAuthor('bob') },
    ];

    const rejectedText = (replica: BoundEditor) =>
      read(replica, () =>
        $getRoot()
          .getChildren()
          .map((block) => $textAfter('reject', block)),
      );
    const everyoneReads = (expected: string[], round: number) => {
      const shown = paragraphs(lead.editor);
      for (const replica of replicas) {
        expect(paragraphs(replica.editor), `round ${round}`).toEqual(shown);
        expect(rejectedText(replica), `round ${round}`).toEqual(expected);
      }
    };

    for (let round = 0; round < 40; round++) {
      const rejected = rejectedText(lead);
      const sizes = read(lead, () =>
        $getRoot()
          .getChildren()
          .map((block) => block.getTextContentSize()),
      );
      const seenByAuthor = new Map<string, string>();
      for (const [person, { replica, author }] of people.entries()) {
        const before = author.made.length;
        write(replica.editor, () => {
          // One strike in this person's half of a paragraph (the halves never overlap), then insertions anywhere.
          const block = next(2);
          const half = Math.floor((sizes[block] ?? 0) / 2);
          const start = person * half + next(Math.max(1, half - 8));
          $selectOffsets(block, start, start + 1 + next(8));
          const selection = $getSelection();
          if ($isRangeSelection(selection)) $suggestRemoveSelection(author, selection, false);
        });
        for (let edit = 0, edits = 1 + next(2); edit < edits; edit++) {
          write(replica.editor, () => {
            const block = next(2);
            const size = $getRoot().getChildAtIndex(block)?.getTextContentSize() ?? 0;
            const at = next(size + 1);
            $selectOffsets(block, at, at);
            $suggestInsertText(author, WORDS[next(WORDS.length)] as string);
          });
        }
        const made = new Set(author.made.slice(before));
        for (const suggestion of read(replica, $suggestionsInBody)) {
          if (made.has(suggestion.id)) seenByAuthor.set(suggestion.id, suggestion.text);
        }
      }
      await syncAll(replicas);
      everyoneReads(rejected, round);
      for (const replica of replicas) {
        const found = new Map(read(replica, $suggestionsInBody).map((s) => [s.id, s.text] as const));
        for (const [id, text] of seenByAuthor) expect(found.get(id), `round ${round}`).toBe(text);
      }

      if (round % 3 === 2) {
        // A lead settles about half of what is in the body, once everyone is in step.
        const ids = read(lead, $suggestionsInBody)
          .map((suggestion) => suggestion.id)
          .filter(() => next(2) === 0);
        write(lead.editor, () => $settleSuggestions(ids, next(2) === 0 ? 'accept' : 'reject'));
        const settled = rejectedText(lead);
        await syncAll(replicas);
        everyoneReads(settled, round);
      }
    }
  });
});
