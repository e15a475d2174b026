// The amendment table aligns two versions of a model law by each article's stable id: a row for every article
// changed, added, deleted or moved among the others, and none for one that was only renumbered, nor for a
// cross-reference whose target was only renumbered.
import { $createParagraphNode, $createTextNode, $getRoot, type SerializedEditorState } from 'lexical';
import { describe, expect, it } from 'vitest';
import { amendmentRows } from '../../renderer/consultation/amendments/model/amendmentTable';
import { textsOf } from '../../renderer/consultation/versions/model/compareVersions';
import { createHeadlessDraftEditor } from '../../renderer/drafts/editor/headlessDraft';
import { $createCrossReferenceNode } from '../../renderer/drafts/legislation/CrossReferenceNode';
import { englishProvisionLabel } from '../../renderer/drafts/legislation/numbering';
import { $createProvisionHeadingNode } from '../../renderer/drafts/legislation/ProvisionHeadingNode';

type Block = ['part' | 'article', string, string] | ['body', string] | ['see', string, string];

/** A model law from a compact outline: headings with their id and title, bodies, and "see <article>" lines. */
function modelLaw(...blocks: Block[]): SerializedEditorState {
  const editor = createHeadlessDraftEditor();
  editor.update(
    () => {
      $getRoot()
        .clear()
        .append(
          ...blocks.map((block) => {
            if (block[0] === 'body') return $createParagraphNode().append($createTextNode(block[1]));
            if (block[0] === 'see') {
              return $createParagraphNode().append(
                $createTextNode(block[1]),
                $createCrossReferenceNode(block[2]),
              );
            }
            return $createProvisionHeadingNode(block[0], block[1]).append($createTextNode(block[2]));
          }),
        );
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON();
}

const BASE: Block[] = [
  ['part', 'general', 'General provisions'],
  ['article', 'scope', 'Scope'],
  ['body', 'This law applies to trafficking in persons.'],
  ['article', 'definitions', 'Definitions'],
  ['body', 'A child is any person under eighteen years of age.'],
  ['article', 'identification', 'Identification'],
  ['see', 'Officers apply the definitions of ', 'definitions'],
  ['article', 'referral', 'Referral'],
  ['body', 'Victims are referred within 24 hours.'],
];

const rows = (older: Block[], newer: Block[]) =>
  amendmentRows(modelLaw(...older), modelLaw(...newer), englishProvisionLabel);

describe('the amendment table', () => {
  it('lists nothing between two equal versions', () => {
    expect(rows(BASE, BASE)).toEqual([]);
  });

  it('lists nothing when a new part only renumbers the articles after it, references included', () => {
    // A heading of a higher level moves no article among the others; numbers stay (articles count through).
    const withChapterPart: Block[] = [
      ...BASE.slice(0, 5),
      ['part', 'protection', 'Protection'],
      ...BASE.slice(5),
    ];
    expect(rows(BASE, withChapterPart)).toEqual([]);
    // An article added before the others renumbers every one after it: one row, for the new article alone.
    const withPreamble: Block[] = [
      BASE[0] as Block,
      ['article', 'purpose', 'Purpose'],
      ['body', 'To protect victims.'],
      ...BASE.slice(1),
    ];
    const listed = rows(BASE, withPreamble);
    expect(listed.map((row) => [row.provisionId, row.kind])).toEqual([['purpose', 'added']]);
    expect(listed[0]).toMatchObject({ oldNumber: null, newNumber: 1, oldText: null });
  });

  it('lists a changed article with word marks, and only that article', () => {
    const amended = BASE.map((block) =>
      block[1] === 'Victims are referred within 24 hours.'
        ? (['body', 'Victims are referred within 12 hours and informed of their rights.'] as Block)
        : block,
    );
    const listed = rows(BASE, amended);
    expect(listed).toHaveLength(1);
    const [row] = listed;
    expect(row).toMatchObject({ provisionId: 'referral', kind: 'changed', oldNumber: 4, newNumber: 4 });
    expect(row?.words.filter((word) => word.kind === 'deleted').map((word) => word.text)).toEqual(['24']);
    expect(
      row?.words
        .filter((word) => word.kind === 'inserted')
        .map((word) => word.text)
        .join(''),
    ).toBe('12 and informed of their rights');
    expect(textsOf(row?.words ?? [])).toEqual({ before: row?.oldText, after: row?.newText });
  });

  it('lists a deleted article where it stood, and a moved one, but not the articles renumbered by them', () => {
    // Definitions deleted; referral moved to the front. Scope and identification are renumbered only.
    const changed: Block[] = [
      BASE[0] as Block,
      ['article', 'referral', 'Referral'],
      ['body', 'Victims are referred within 24 hours.'],
      ...BASE.slice(1, 3),
      ['article', 'identification', 'Identification'],
      ['see', 'Officers apply the definitions of ', 'definitions'],
    ];
    const listed = rows(BASE, changed);
    expect(listed.map((row) => [row.provisionId, row.kind, row.oldNumber, row.newNumber])).toEqual([
      ['referral', 'moved', 4, 1],
      ['definitions', 'deleted', 2, null],
    ]);
    expect(listed[0]?.textChanged).toBe(false);
  });
});
