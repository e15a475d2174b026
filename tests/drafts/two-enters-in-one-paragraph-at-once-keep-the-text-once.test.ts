// Two people press Enter in the same paragraph at the same moment (neither has the other's change), or one presses
// Enter while the other types, deletes or strikes words after that place. @lexical/yjs moves the rest of the
// paragraph by deleting it and inserting a copy, so two Enters made two copies of the tail and it showed twice on
// every screen. Once every replica has everything, each must show the text once, in order, the same everywhere.
import { $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $suggestionsInBody, $textAfter } from '../../renderer/consultation/suggestions/settleSuggestions';
import {
  $suggestRemoveSelection,
  $suggestSplit,
} from '../../renderer/consultation/suggestions/suggestionEdits';
import { checkSuggestionUpdate } from '../../server/rooms/kinds/doc-suggestions-check';
import { RECORD_DAYS } from '../../shared/copied-text-records';
import {
  $select,
  paragraphs,
  seedParagraphs,
  suggestingAuthor,
  write,
} from '../consultation/suggestionHarness';
import { type BoundEditor, bindHeadlessEditor, exchange } from './collaborationHarness';

const TEXT = 'alpha beta gamma delta';

/** Replicas in step on one paragraph, with client ids 1, 2, 3… (Yjs orders concurrent insertions by client id). */
async function replicasOn(count: number, ...texts: string[]): Promise<BoundEditor[]> {
  const replicas = Array.from({ length: count }, (_, at) => {
    const doc = new Y.Doc();
    doc.clientID = at + 1;
    return bindHeadlessEditor(doc);
  });
  seedParagraphs((replicas[0] as BoundEditor).editor, ...(texts.length > 0 ? texts : [TEXT]));
  await syncAll(replicas);
  return replicas;
}

async function syncAll(replicas: BoundEditor[]): Promise<void> {
  for (const a of replicas) for (const b of replicas) if (a !== b) await exchange(a.doc, b.doc);
}

function $cursorBefore(needle: string) {
  $select(needle, 'start');
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) throw new Error('no selection');
  return selection;
}

const enter = (replica: BoundEditor, before: string) =>
  write(replica.editor, () => {
    $cursorBefore(before).insertParagraph();
  });

/** Types `text` just before `word` in the replica's editor. */
const typeBefore = (replica: BoundEditor, word: string, text: string) =>
  write(replica.editor, () => {
    $cursorBefore(word).insertText(text);
  });

/** Strikes `words` in the replica's editor as `name`'s suggestion to delete them. */
const strike = (replica: BoundEditor, name: string, words: string) =>
  write(replica.editor, () => {
    $select(words);
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $suggestRemoveSelection(suggestingAuthor(name), selection, false);
  });

/** Makes `words` bold in the replica's editor, as a person selecting them and pressing Ctrl+B. */
const bold = (replica: BoundEditor, words: string) =>
  write(replica.editor, () => {
    $select(words);
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.formatText('bold');
  });

/** Deletes `words` in the replica's editor, as a person selecting them and pressing Backspace. */
const deleteWords = (replica: BoundEditor, words: string) =>
  write(replica.editor, () => {
    $select(words);
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.removeText();
  });

/** What every replica shows, after checking they all show it and hold identical Yjs documents. */
function shownEverywhere(replicas: BoundEditor[]): string[] {
  const shown = paragraphs((replicas[0] as BoundEditor).editor);
  for (const replica of replicas) expect(paragraphs(replica.editor)).toEqual(shown);
  const bodies = replicas.map((replica) => replica.binding.root.getSharedType().toJSON());
  expect(new Set(bodies).size).toBe(1);
  return shown;
}

const read = <T>(replica: BoundEditor, reader: () => T): T => replica.editor.getEditorState().read(reader);

describe('two Enters in one paragraph at the same moment', () => {
  it('at the same place: the rest of the paragraph once, after an empty one, as if pressed twice', async () => {
    const replicas = await replicasOn(2);
    const [alice, bob] = replicas as [BoundEditor, BoundEditor];
    enter(alice, 'gamma');
    enter(bob, 'gamma');
    await syncAll(replicas);
    expect(shownEverywhere(replicas)).toEqual(['alpha beta ', '', 'gamma delta']);
  });

  it('three people at the same place, with a reader: once, after two empty paragraphs', async () => {
    const replicas = await replicasOn(4);
    for (const replica of replicas.slice(0, 3)) enter(replica, 'gamma');
    await syncAll(replicas);
    expect(shownEverywhere(replicas)).toEqual(['alpha beta ', '', '', 'gamma delta']);
  });

  it('at different places: each stretch once, in order', async () => {
    // Yjs puts the two new paragraphs in client id order; the one it puts last keeps the characters both took.
    const replicas = await replicasOn(3);
    const [first, second] = replicas as [BoundEditor, BoundEditor];
    enter(first, 'beta');
    enter(second, 'delta');
    await syncAll(replicas);
    const shown = shownEverywhere(replicas);
    expect(shown.join('')).toBe(TEXT);
    expect(shown).toEqual(['alpha ', 'beta gamma ', 'delta']);

    const swapped = await replicasOn(3);
    enter(swapped[1] as BoundEditor, 'beta');
    enter(swapped[0] as BoundEditor, 'delta');
    await syncAll(swapped);
    // Yjs cannot put the earlier break's paragraph first here: the text stays in order and whole.
    expect(shownEverywhere(swapped)).toEqual(['alpha ', '', 'beta gamma delta']);
  });

  it('with bold words in the moved text: each once, still bold', async () => {
    const replicas = await replicasOn(2);
    const [alice, bob] = replicas as [BoundEditor, BoundEditor];
    bold(alice, 'gamma');
    await syncAll(replicas);
    enter(alice, 'beta');
    enter(bob, 'delta');
    await syncAll(replicas);
    expect(shownEverywhere(replicas)).toEqual(['alpha ', 'beta gamma ', 'delta']);
    for (const replica of replicas) {
      const bold = read(replica, () =>
        $getRoot()
          .getAllTextNodes()
          .filter((node) => node.hasFormat('bold'))
          .map((node) => node.getTextContent()),
      );
      expect(bold).toEqual(['gamma']);
    }
  });

  it('then more Enters in the merged paragraphs, made at once again, still keep everything once', async () => {
    const replicas = await replicasOn(3);
    const [alice, bob, carol] = replicas as [BoundEditor, BoundEditor, BoundEditor];
    enter(alice, 'gamma');
    enter(bob, 'gamma');
    await syncAll(replicas);
    enter(alice, 'delta');
    enter(carol, 'delta');
    await syncAll(replicas);
    expect(shownEverywhere(replicas)).toEqual(['alpha beta ', '', 'gamma ', '', 'delta']);
  });
});

describe('two Enters while someone else changes the words after them', () => {
  it('typing after the split points: the new words kept, everything once', async () => {
    const replicas = await replicasOn(3);
    const [alice, bob, carol] = replicas as [BoundEditor, BoundEditor, BoundEditor];
    enter(alice, 'gamma');
    enter(bob, 'gamma');
    typeBefore(carol, 'delta', 'epsilon ');
    await syncAll(replicas);
    // Yjs keeps typed characters next to the characters they were typed after, which the Enters moved away; the
    // typist's replica carries its word after their copies, where it was typed.
    expect(shownEverywhere(replicas)).toEqual(['alpha beta ', '', 'gamma epsilon delta']);
  });

  it('typing in two places after an Enter: each word lands where it was typed, in the new paragraph', async () => {
    const replicas = await replicasOn(3);
    const [alice, bob, reader] = replicas as [BoundEditor, BoundEditor, BoundEditor];
    enter(alice, 'beta');
    typeBefore(bob, 'delta', 'very ');
    typeBefore(bob, 'gamma', 'so ');
    await syncAll(replicas);
    expect(shownEverywhere(replicas)).toEqual(['alpha ', 'beta so gamma very delta']);
    // The carried words are ordinary text: the reader's typing right after them lands once, everywhere.
    typeBefore(reader, 'delta', 'much ');
    await syncAll(replicas);
    expect(shownEverywhere(replicas)).toEqual(['alpha ', 'beta so gamma very much delta']);
  });

  it("words deleted and typed letter by letter after the split point show once in the typist's editor too", async () => {
    const replicas = await replicasOn(2);
    const [alice, bob] = replicas as [BoundEditor, BoundEditor];
    deleteWords(alice, 'gamma ');
    // "dim " before "delta": Lexical writes the first "d" after the "d" already there (the shortest change).
    for (const letter of 'dim ') {
      typeBefore(alice, 'delta', letter);
    }
    enter(bob, 'beta');
    await syncAll(replicas);
    await syncAll(replicas);
    expect(shownEverywhere(replicas)).toEqual(['alpha ', 'beta dim delta']);
  });

  it('deleting words after the split points: the words stay deleted, nothing twice', async () => {
    const replicas = await replicasOn(3);
    const [alice, bob, carol] = replicas as [BoundEditor, BoundEditor, BoundEditor];
    enter(alice, 'beta');
    enter(bob, 'delta');
    deleteWords(carol, 'gamma ');
    await syncAll(replicas);
    // The deleted characters are ones the Enters had moved: the deleter, who remembers deleting them, deletes
    // their copy in the new paragraph too once the Enter reaches it.
    expect(shownEverywhere(replicas)).toEqual(['alpha ', 'beta ', 'delta']);
  });

  it('deleting a bold word after the split point: its text node goes with it in the new paragraph', async () => {
    const replicas = await replicasOn(2);
    const [alice, bob] = replicas as [BoundEditor, BoundEditor];
    bold(alice, 'gamma');
    await syncAll(replicas);
    enter(alice, 'beta');
    deleteWords(bob, 'gamma');
    await syncAll(replicas);
    expect(shownEverywhere(replicas)).toEqual(['alpha ', 'beta  delta']);
    // Typing where the word was lands once, on every screen.
    typeBefore(alice, ' delta', 'x');
    await syncAll(replicas);
    expect(shownEverywhere(replicas)).toEqual(['alpha ', 'beta x delta']);
  });

  it('striking words after the split point (suggesting): the words once, in the new paragraph', async () => {
    const replicas = await replicasOn(2);
    const [alice, bob] = replicas as [BoundEditor, BoundEditor];
    enter(alice, 'beta');
    strike(bob, 'bob', 'gamma ');
    await syncAll(replicas);
    // Both took "gamma " out of the paragraph; the new paragraph comes last, so it keeps them and the emptied
    // strike goes: the proposal to delete is lost, never the words.
    expect(shownEverywhere(replicas)).toEqual(['alpha ', 'beta gamma delta']);
    for (const replica of replicas) {
      expect(read(replica, $suggestionsInBody)).toEqual([]);
      expect(read(replica, () => $textAfter('reject'))).toBe('alpha beta gamma delta');
    }
  });
});

describe('two people taking the same words out of a run at once', () => {
  it('striking overlapping words: each word once, the text as it was once both are rejected', async () => {
    const replicas = await replicasOn(3);
    const [alice, bob] = replicas as [BoundEditor, BoundEditor];
    strike(alice, 'alice', 'beta gamma ');
    strike(bob, 'bob', 'gamma delta');
    await syncAll(replicas);
    // "gamma " was in both strikes; the later one in the paragraph keeps it.
    expect(shownEverywhere(replicas)).toEqual([TEXT]);
    for (const replica of replicas) {
      expect(read(replica, $suggestionsInBody).map((suggestion) => suggestion.text)).toEqual([
        'beta ',
        'gamma delta',
      ]);
      expect(read(replica, () => $textAfter('reject'))).toBe(TEXT);
      expect(read(replica, () => $textAfter('accept'))).toBe('alpha ');
    }
  });
});

describe('Enter while suggesting, and the relay', () => {
  it('two people suggesting a new paragraph at the same place: the text once', async () => {
    const replicas = await replicasOn(3);
    const [alice, bob] = replicas as [BoundEditor, BoundEditor];
    for (const [replica, name] of [
      [alice, 'alice'],
      [bob, 'bob'],
    ] as const) {
      write(replica.editor, () => {
        $cursorBefore('gamma');
        $suggestSplit(suggestingAuthor(name));
      });
    }
    await syncAll(replicas);
    const shown = shownEverywhere(replicas);
    expect(shown).toEqual(['alpha beta ', '', 'gamma delta']);
    for (const replica of replicas) {
      expect(read(replica, () => $textAfter('reject'))).toBe(TEXT);
    }
  });

  it('copy records older than a month go when someone next moves text', async () => {
    const [alice] = (await replicasOn(1)) as [BoundEditor];
    const records = alice.doc.getMap('copies');
    const month = RECORD_DAYS * 86_400_000;
    records.set('old', { from: [9, 0, 1], to: [9, 1, 1], at: Date.now() - month - 1000 });
    records.set('recent', { from: [9, 2, 1], to: [9, 3, 1], at: Date.now() - month + 60_000 });
    enter(alice, 'gamma');
    expect([...records.keys()].filter((key) => key === 'old' || key === 'recent')).toEqual(['recent']);
    expect(records.size).toBe(2);
  });

  it("the relay's check takes a commenter's suggested paragraph with its copy record", async () => {
    const replicas = await replicasOn(2);
    const [room, commenter] = replicas as [BoundEditor, BoundEditor];
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (transaction.local) updates.push(update);
    };
    commenter.doc.on('update', collect);
    write(commenter.editor, () => {
      $cursorBefore('gamma');
      $suggestSplit(suggestingAuthor('cora'));
    });
    commenter.doc.off('update', collect);
    expect(commenter.doc.getMap('copies').size).toBe(1);
    const check = checkSuggestionUpdate(room.doc, Y.mergeUpdates(updates), () => false);
    expect(check).toMatchObject({ ok: true });
    expect(check.ok && check.made.map((made) => made.type)).toEqual(['split']);
  });

  it("the relay's check takes a commenter's paragraph made at the same moment as one the room already has", async () => {
    const replicas = await replicasOn(3);
    const [room, editor, commenter] = replicas as [BoundEditor, BoundEditor, BoundEditor];
    // The editor's Enter reaches the room first; the commenter, who has not seen it, suggests one at the same place.
    enter(editor, 'gamma');
    await exchange(editor.doc, room.doc);
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (transaction.local) updates.push(update);
    };
    commenter.doc.on('update', collect);
    write(commenter.editor, () => {
      $cursorBefore('gamma');
      $suggestSplit(suggestingAuthor('cora'));
    });
    commenter.doc.off('update', collect);
    const check = checkSuggestionUpdate(room.doc, Y.mergeUpdates(updates), () => false);
    expect(check).toMatchObject({ ok: true });
    Y.applyUpdate(room.doc, Y.mergeUpdates(updates));
    await syncAll(replicas);
    expect(shownEverywhere(replicas)).toEqual(['alpha beta ', '', 'gamma delta']);
    for (const replica of replicas) expect(read(replica, () => $textAfter('reject'))).toBe(TEXT);
  });
});
