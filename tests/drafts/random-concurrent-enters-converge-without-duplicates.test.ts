// Rounds of random edits made at the same moment by three people in the same few paragraphs: Enter, typing a
// word, deleting words, making a word bold, all at word boundaries. The text is made of unique words, so a word
// shown twice is a duplicate. What people rely on: once every replica has everything, they all read the same,
// no word is there twice, every word typed is there, and every word nobody deleted is there.
import { $getSelection, $isRangeSelection, type RangeSelection } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { paragraphs, seedParagraphs, write } from '../consultation/suggestionHarness';
import { type BoundEditor, bindHeadlessEditor, exchange } from './collaborationHarness';
import { $selectOffsets, seededRandom } from './randomEdits';

let words = 0;
/**
 * A new word, `w001 ` for the seed, and for a typed one a letter other than the one it is typed before: Lexical
 * writes typing as the shortest change, so "w019 " typed before "w004 " would be written as "019 w" after the
 * "w0" already there, and the word's characters would not be all its own.
 */
const newWord = (before = '') => {
  const letter = 'abcdefghijklmnopqrstuvxyz'.split('').find((candidate) => candidate !== before[0]) as string;
  return `${before === '' ? 'w' : letter}${String(++words).padStart(3, '0')} `;
};

const $isInsideText = (selection: RangeSelection): boolean => {
  const { anchor } = selection;
  return anchor.type === 'text' && anchor.offset > 0 && anchor.offset < anchor.getNode().getTextContentSize();
};

const $isWithinText = (selection: RangeSelection): boolean => {
  const { anchor, focus } = selection;
  const node = anchor.getNode();
  const size = node.getTextContentSize();
  return anchor.type === 'text' && focus.key === anchor.key && focus.offset - anchor.offset < size;
};

/** Offsets in a block's text where a word starts or the text ends. */
const boundaries = (text: string): number[] => [
  0,
  ...[...text.matchAll(/ /g)].map((match) => (match.index as number) + 1),
];

async function syncAll(replicas: BoundEditor[]): Promise<void> {
  for (const a of replicas) for (const b of replicas) if (a !== b) await exchange(a.doc, b.doc);
}

const wordsOf = (shown: string[]): string[] => shown.flatMap((text) => text.split(' ').filter(Boolean));

describe('random Enters, typing and deleting made at once by three people in the same paragraphs', () => {
  it('every replica reads the same, no word twice, none lost, through 40 rounds', async () => {
    const next = seededRandom(20_261_204);
    const replicas = [1, 2, 3].map((client) => {
      const doc = new Y.Doc();
      doc.clientID = client;
      return bindHeadlessEditor(doc);
    });
    const first = replicas[0] as BoundEditor;
    seedParagraphs(
      first.editor,
      Array.from({ length: 8 }, () => newWord()).join(''),
      Array.from({ length: 8 }, () => newWord()).join(''),
    );
    await syncAll(replicas);

    for (let round = 0; round < 40; round++) {
      const before = wordsOf(paragraphs(first.editor));
      const typed: string[] = [];
      const deleted = new Set<string>();
      for (const replica of replicas) {
        for (let edit = 0, edits = next(3); edit < edits; edit++) {
          const shown = paragraphs(replica.editor);
          const block = next(shown.length);
          const text = shown[block] as string;
          const cuts = boundaries(text);
          const at = cuts[next(cuts.length)] as number;
          const kind = next(10);
          write(replica.editor, () => {
            if (kind < 5) {
              $selectOffsets(block, at, at);
              const selection = $getSelection();
              // Inside a text node only: an Enter before a whole text node moves its property map too, and
              // @lexical/yjs then drops a word typed into that node at the same moment (a separate limit).
              if ($isRangeSelection(selection) && $isInsideText(selection)) selection.insertParagraph();
            } else if (kind < 7) {
              const word = newWord(text.slice(at) || ' ');
              typed.push(word.trim());
              $selectOffsets(block, at, at);
              $getSelection()?.insertText(word);
            } else if (at < text.length) {
              const end = cuts[Math.min(cuts.indexOf(at) + 1 + next(2), cuts.length - 1)] as number;
              $selectOffsets(block, at, end > at ? end : text.length);
              const selection = $getSelection();
              // Within one text node, leaving some of it: deleting a whole node deletes its property map, and
              // @lexical/yjs then drops a word typed into that node at the same moment (a separate limit).
              if (!$isRangeSelection(selection) || !$isWithinText(selection)) return;
              const words = selection.getTextContent().split(' ').filter(Boolean);
              if (kind < 9) {
                selection.removeText();
                for (const word of words) deleted.add(word);
              } else selection.formatText('bold');
            }
          });
        }
      }
      await syncAll(replicas);

      const bodies = replicas.map((replica) => replica.binding.root.getSharedType().toJSON());
      expect(new Set(bodies).size, `round ${round}`).toBe(1);
      const shown = paragraphs(first.editor);
      for (const replica of replicas) expect(paragraphs(replica.editor), `round ${round}`).toEqual(shown);
      const now = wordsOf(shown);
      expect(
        now.filter((word, at) => now.indexOf(word) !== at),
        `round ${round}: twice`,
      ).toEqual([]);
      for (const word of now) expect(word, `round ${round}: a broken word`).toMatch(/^[a-z]\d{3}$/);
      const kept = new Set(now);
      expect(
        typed.filter((word) => !kept.has(word) && !deleted.has(word)),
        `round ${round}: typed words lost`,
      ).toEqual([]);
      const lost = before.filter((word) => !deleted.has(word) && !kept.has(word));
      expect(lost, `round ${round}: words nobody deleted lost`).toEqual([]);
    }
  });
});
