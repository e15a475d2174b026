// Two people suggest (or format) at the same moment inside one run of text that neither has seen the other
// change: each edit splits the same Lexical text node. Once every replica has everything, each one must show both
// edits, the sentence exactly once, and settle to the text as if the accepted edits had been typed.
import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  $settleAll,
  $settleSuggestions,
  $suggestionsInBody,
  $textAfter,
} from '../../renderer/consultation/suggestions/settleSuggestions';
import {
  $suggestInsertText,
  $suggestRemoveSelection,
} from '../../renderer/consultation/suggestions/suggestionEdits';
import { checkSuggestionUpdate } from '../../server/rooms/kinds/doc-suggestions-check';
import {
  $select,
  paragraphs,
  seedParagraphs,
  suggestingAuthor,
  write,
} from '../consultation/suggestionHarness';
import { type BoundEditor, bindHeadlessEditor, exchange } from './collaborationHarness';

const SENTENCE = 'The quick brown fox jumps over the lazy dog.';

/** Alice, Bob and Carol (who only reads) on one body, all in step before the concurrent edits. */
async function threeReplicas(): Promise<BoundEditor[]> {
  const replicas = [bindHeadlessEditor(), bindHeadlessEditor(new Y.Doc()), bindHeadlessEditor(new Y.Doc())];
  const [alice] = replicas;
  if (!alice) throw new Error('no replica');
  seedParagraphs(alice.editor, SENTENCE);
  await syncAll(replicas);
  return replicas;
}

/** Every replica gets every other's updates, in both directions. */
async function syncAll(replicas: BoundEditor[]): Promise<void> {
  for (const a of replicas) for (const b of replicas) if (a !== b) await exchange(a.doc, b.doc);
}

function insertBefore(
  editor: LexicalEditor,
  author: ReturnType<typeof suggestingAuthor>,
  needle: string,
  text: string,
) {
  write(editor, () => {
    $select(needle, 'start');
    $suggestInsertText(author, text);
  });
}

function strike(editor: LexicalEditor, author: ReturnType<typeof suggestingAuthor>, needle: string) {
  write(editor, () => {
    $select(needle);
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $suggestRemoveSelection(author, selection, false);
  });
}

const read = <T>(replica: BoundEditor, reader: () => T): T => replica.editor.getEditorState().read(reader);

describe('two suggestions made at once in one unsynced run of text', () => {
  it('an insertion and a deletion: every replica shows both, the sentence once, and settles as typed', async () => {
    for (const decision of ['accept-insert-reject-delete', 'accept-all', 'reject-all'] as const) {
      const replicas = await threeReplicas();
      const [alice, bob, carol] = replicas as [BoundEditor, BoundEditor, BoundEditor];
      const aliceSuggests = suggestingAuthor('alice');
      const bobSuggests = suggestingAuthor('bob');
      insertBefore(alice.editor, aliceSuggests, 'quick', 'very ');
      strike(bob.editor, bobSuggests, 'brown ');
      await syncAll(replicas);

      for (const replica of replicas) {
        expect(paragraphs(replica.editor)).toEqual(['The very quick brown fox jumps over the lazy dog.']);
        expect(read(replica, $suggestionsInBody)).toEqual([
          { id: aliceSuggests.made[0], type: 'insert', text: 'very ' },
          { id: bobSuggests.made[0], type: 'delete', text: 'brown ' },
        ]);
      }

      write(carol.editor, () => {
        if (decision === 'accept-insert-reject-delete') {
          $settleSuggestions(aliceSuggests.made, 'accept');
          $settleSuggestions(bobSuggests.made, 'reject');
        } else $settleAll(decision === 'accept-all' ? 'accept' : 'reject');
      });
      await syncAll(replicas);
      const expected = {
        'accept-insert-reject-delete': 'The very quick brown fox jumps over the lazy dog.',
        'accept-all': 'The very quick fox jumps over the lazy dog.',
        'reject-all': SENTENCE,
      }[decision];
      for (const replica of replicas) {
        expect(paragraphs(replica.editor)).toEqual([expected]);
        expect(read(replica, $suggestionsInBody)).toEqual([]);
      }
    }
  });

  it('two insertions and two deletions from two people in one run all arrive once', async () => {
    const replicas = await threeReplicas();
    const [alice, bob] = replicas as [BoundEditor, BoundEditor, BoundEditor];
    const alicia = suggestingAuthor('alicia');
    const bert = suggestingAuthor('bert');
    insertBefore(alice.editor, alicia, 'fox', 'red ');
    strike(alice.editor, alicia, ' lazy');
    strike(bob.editor, bert, 'quick ');
    insertBefore(bob.editor, bert, 'over', 'high ');
    await syncAll(replicas);

    for (const replica of replicas) {
      expect(paragraphs(replica.editor)).toEqual(['The quick brown red fox jumps high over the lazy dog.']);
      expect(read(replica, () => $textAfter('accept'))).toBe('The brown red fox jumps high over the dog.');
      expect(read(replica, () => $textAfter('reject'))).toBe(SENTENCE);
      expect(read(replica, $suggestionsInBody).map((s) => s.text)).toEqual([
        'quick ',
        'red ',
        'high ',
        ' lazy',
      ]);
    }
  });

  it('the Yjs documents of all replicas are identical afterwards', async () => {
    const replicas = await threeReplicas();
    const [alice, bob] = replicas as [BoundEditor, BoundEditor, BoundEditor];
    insertBefore(alice.editor, suggestingAuthor('ann'), 'lazy', 'very ');
    strike(bob.editor, suggestingAuthor('ben'), 'jumps ');
    await syncAll(replicas);
    const states = replicas.map((replica) => replica.binding.root.getSharedType().toJSON());
    expect(new Set(states).size).toBe(1);
    for (const replica of replicas) {
      expect(paragraphs(replica.editor)).toEqual(['The quick brown fox jumps over the very lazy dog.']);
    }
  });

  it('editors making two words bold at once in one run keep the sentence once', async () => {
    const replicas = await threeReplicas();
    const [alice, bob] = replicas as [BoundEditor, BoundEditor, BoundEditor];
    const bold = (editor: LexicalEditor, needle: string) =>
      write(editor, () => {
        $select(needle);
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.formatText('bold');
      });
    bold(alice.editor, 'quick');
    bold(bob.editor, 'lazy');
    await syncAll(replicas);
    for (const replica of replicas) {
      expect(paragraphs(replica.editor)).toEqual([SENTENCE]);
      const boldWords = read(replica, () =>
        $getRoot()
          .getAllTextNodes()
          .filter((node) => node.hasFormat('bold'))
          .map((node) => node.getTextContent()),
      );
      expect(boldWords).toEqual(['quick', 'lazy']);
    }
  });

  it("the relay takes a commenter's suggestion made before another one in the same run reached them", async () => {
    const replicas = await threeReplicas();
    const [room, first, second] = replicas as [BoundEditor, BoundEditor, BoundEditor];
    const sent = (replica: BoundEditor, change: () => void): Uint8Array => {
      const updates: Uint8Array[] = [];
      const collect = (update: Uint8Array) => updates.push(update);
      replica.doc.on('update', collect);
      write(replica.editor, change);
      replica.doc.off('update', collect);
      return Y.mergeUpdates(updates);
    };
    const dana = suggestingAuthor('dana');
    const eli = suggestingAuthor('eli');
    const fromDana = sent(first, () => {
      $select('fox', 'start');
      $suggestInsertText(dana, 'red ');
    });
    const fromEli = sent(second, () => {
      $select('lazy ');
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $suggestRemoveSelection(eli, selection, false);
    });
    const nobodysElse = () => false;
    expect(checkSuggestionUpdate(room.doc, fromDana, nobodysElse)).toMatchObject({ ok: true });
    Y.applyUpdate(room.doc, fromDana);
    // Eli's copy never saw Dana's suggestion: the relay must still read his as only suggesting.
    expect(checkSuggestionUpdate(room.doc, fromEli, nobodysElse)).toMatchObject({ ok: true });
    Y.applyUpdate(room.doc, fromEli);
    await syncAll(replicas);
    for (const replica of replicas) {
      expect(paragraphs(replica.editor)).toEqual(['The quick brown red fox jumps over the lazy dog.']);
      expect(read(replica, () => $textAfter('accept'))).toBe('The quick brown red fox jumps over the dog.');
    }
  });
});
