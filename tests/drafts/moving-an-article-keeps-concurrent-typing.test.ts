// Two co-authors on two replicas: one keeps typing inside article 3 while the other moves article 3 up twice.
// Yjs has no move, so the shared move copies the neighbour nobody is in: every typed character survives in both
// replicas, the articles end in the new order, and the two replicas agree.
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $moveProvision } from '../../renderer/drafts/legislation/moveProvision';
import { $isProvisionHeadingNode } from '../../renderer/drafts/legislation/ProvisionHeadingNode';
import {
  moveSharedProvision,
  planProvisionSwap,
  sharedOutline,
  topLevelBlockOf,
} from '../../renderer/drafts/legislation/sharedProvisionMove';
import { draftBlocks, draftRoot } from '../../shared/draft-content';
import { ARTICLES, articleOrder, blockTexts as bodies, typeInto, writeArticles } from './articlesDraft';
import { type BoundEditor, bindHeadlessEditor, exchange } from './collaborationHarness';

async function twoCoAuthors(): Promise<[BoundEditor, BoundEditor]> {
  const typist = bindHeadlessEditor();
  const mover = bindHeadlessEditor();
  writeArticles(typist.editor);
  await exchange(typist.doc, mover.doc);
  return [typist, mover];
}

describe('moving an article while someone types in it', () => {
  it('keeps every character typed in article 3 while it moves up twice, in both replicas', async () => {
    const [typist, mover] = await twoCoAuthors();
    const typed: string[] = [];
    const type = (text: string) => {
      typeInto(typist.editor, 'identification', text);
      typed.push(text);
    };

    type(' Officers');
    // The mover has not seen that yet, and moves article 3 above article 2.
    expect(moveSharedProvision(mover.doc, 'identification', 'up')).toBe(true);
    type(' screen');
    await exchange(typist.doc, mover.doc);
    type(' every');
    expect(moveSharedProvision(mover.doc, 'identification', 'up')).toBe(true);
    type(' person.');
    await exchange(typist.doc, mover.doc);

    const expected = `Body of identification.${typed.join('')}`;
    expect(expected).toBe('Body of identification. Officers screen every person.');
    for (const replica of [typist, mover]) {
      expect(articleOrder(replica.doc)).toEqual(['identification', 'scope', 'definitions', 'referral']);
      expect(bodies(replica)).toContain(expected);
      expect(bodies(replica).slice(1, 3)).toEqual(['Heading identification', expected]);
    }
    expect(bodies(typist)).toEqual(bodies(mover));
  });

  it('copies the moved article instead when someone else is in the neighbour', async () => {
    const [typist, mover] = await twoCoAuthors();
    const blocks = sharedOutline(draftRoot(mover.doc));
    const swap = planProvisionSwap(blocks, 'identification', 'up');
    expect(swap).toEqual({
      section: { start: 5, count: 2 },
      neighbour: { start: 3, count: 2 },
      direction: 'up',
    });
    typeInto(typist.editor, 'definitions', ' Both terms apply.');
    // Someone's caret is in article 2 (block 4): article 3 is copied, article 2 stays where it is in Yjs.
    expect(moveSharedProvision(mover.doc, 'identification', 'up', new Set([4]))).toBe(true);
    await exchange(typist.doc, mover.doc);
    for (const replica of [typist, mover]) {
      expect(articleOrder(replica.doc)).toEqual(['scope', 'identification', 'definitions', 'referral']);
      expect(bodies(replica)).toContain('Body of definitions. Both terms apply.');
    }
  });

  it("finds the block a co-author's caret is in, from the position their presence publishes", async () => {
    const [typist] = await twoCoAuthors();
    const blocks = draftBlocks(draftRoot(typist.doc));
    // A caret inside the text of block 6 (article 3's body), as Lexical's binding encodes it.
    const caret = Y.createRelativePositionFromTypeIndex(blocks[6] as Y.XmlText, 4);
    const overTheWire = JSON.parse(JSON.stringify(caret)) as Y.RelativePosition;
    expect(topLevelBlockOf(typist.doc, overTheWire)).toBe(6);
  });

  it('moves nothing past the edge of its part, as the editor does', async () => {
    const [, mover] = await twoCoAuthors();
    expect(moveSharedProvision(mover.doc, 'scope', 'up')).toBe(false);
    expect(moveSharedProvision(mover.doc, 'referral', 'down')).toBe(false);
    expect(moveSharedProvision(mover.doc, 'general', 'up')).toBe(false);
    expect(articleOrder(mover.doc)).toEqual(ARTICLES);
  });

  it('shows why: the editor-only move recreates the article and drops what was typed in it meanwhile', async () => {
    const [typist, mover] = await twoCoAuthors();
    typeInto(typist.editor, 'identification', ' Lost?');
    mover.editor.update(
      () => {
        const heading = $getRoot()
          .getChildren()
          .find((node) => $isProvisionHeadingNode(node) && node.getProvisionId() === 'identification');
        if ($isProvisionHeadingNode(heading)) $moveProvision(heading, 'up');
      },
      { discrete: true },
    );
    await exchange(typist.doc, mover.doc);
    expect(bodies(mover)).not.toContain('Body of identification. Lost?');
  });
});
