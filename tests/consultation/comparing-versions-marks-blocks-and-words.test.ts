// Comparing two versions: a stored Yjs state reads back as the draft it was, and the comparison marks each
// block as kept, changed, added or removed, with the inserted and deleted words inside a changed block.
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  compareBlocks,
  textsOf,
  wordChanges,
} from '../../renderer/consultation/versions/model/compareVersions';
import { comparedBlocks, readVersionState } from '../../renderer/consultation/versions/model/versionContent';
import { bindHeadlessEditor } from '../drafts/collaborationHarness';

/** The Yjs state of a draft with these paragraphs, as the relay would store it. */
async function storedState(...paragraphs: string[]): Promise<Uint8Array> {
  const { editor, doc } = bindHeadlessEditor();
  editor.update(
    () => {
      $getRoot()
        .clear()
        .append(...paragraphs.map((text) => $createParagraphNode().append($createTextNode(text))));
    },
    { discrete: true },
  );
  return Y.encodeStateAsUpdate(doc);
}

const noReferences = () => '';

describe('comparing versions', () => {
  it('reads a stored state back as the draft it was', async () => {
    const state = await readVersionState(await storedState('First paragraph.', 'Second paragraph.'));
    expect(comparedBlocks(state, noReferences).map((block) => [block.type, block.text])).toEqual([
      ['paragraph', 'First paragraph.'],
      ['paragraph', 'Second paragraph.'],
    ]);
  });

  it('marks kept, changed, added and removed blocks, and the words inside a changed one', async () => {
    const older = comparedBlocks(
      await readVersionState(
        await storedState(
          'Purpose of the guideline.',
          'Officers refer victims within 24 hours.',
          'Old annex.',
        ),
      ),
      noReferences,
    );
    const newer = comparedBlocks(
      await readVersionState(
        await storedState(
          'Purpose of the guideline.',
          'Officers refer child victims within 12 hours.',
          'A new closing paragraph.',
        ),
      ),
      noReferences,
    );
    const rows = compareBlocks(older, newer);
    expect(rows.map((row) => row.status)).toEqual(['same', 'changed', 'changed']);
    const changed = rows[1];
    expect(changed?.words.filter((word) => word.kind === 'inserted').map((word) => word.text)).toEqual([
      'child ',
      '12',
    ]);
    expect(changed?.words.filter((word) => word.kind === 'deleted').map((word) => word.text)).toEqual(['24']);

    const grown = compareBlocks(older, [
      ...older,
      { type: 'paragraph', provisionId: null, level: null, text: 'Added.' },
    ]);
    expect(grown.map((row) => row.status)).toEqual(['same', 'same', 'same', 'added']);
    const shrunk = compareBlocks(older, older.slice(0, 1));
    expect(shrunk.map((row) => row.status)).toEqual(['same', 'removed', 'removed']);
  });

  it('word marks rebuild both texts exactly', () => {
    const before = 'A victim may   stay for 30 days.\nThen a permit.';
    const after = 'A victim may stay for 90 days,\nthen a renewable permit.';
    expect(textsOf(wordChanges(before, after))).toEqual({ before, after });
  });
});
