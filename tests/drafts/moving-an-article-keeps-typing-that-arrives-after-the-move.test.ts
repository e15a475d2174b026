// Three replicas as in a live draft: a typist and a mover, each with a real Lexical-Yjs binding, and the relay
// between them. The move copies the neighbour nobody's caret is known to be in; here the typist is in that
// neighbour but the mover has not seen their caret yet, so their keystrokes reach the relay after the move and
// land in the deleted original. The relay forwards them into the copy: every character survives everywhere.
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  moveSharedProvision,
  planProvisionSwap,
  sharedOutline,
  swapProvisions,
} from '../../renderer/drafts/legislation/sharedProvisionMove';
import { moveForwardingHooks } from '../../server/rooms/kinds/doc-moves';
import type { Room } from '../../server/rooms/room';
import { draftRoot } from '../../shared/draft-content';
import { followDraftMoves } from '../../shared/draft-move-forwarding';
import { DRAFT_MOVES } from '../../shared/draft-move-records';
import { isRelayClientId } from '../../shared/relay-writes';
import { articleOrder, blockTexts as texts, typeInto, writeArticles } from './articlesDraft';
import { type BoundEditor, bindHeadlessEditor, exchange } from './collaborationHarness';

interface Replicas {
  typist: BoundEditor;
  mover: BoundEditor;
  relay: Y.Doc;
  /** Every update each client made, in order, not yet delivered to the relay. */
  outbox: Map<Y.Doc, Uint8Array[]>;
}

type Forwarding = 'plain' | 'document room' | 'none';

async function replicas({ forwarding }: { forwarding: Forwarding }): Promise<Replicas> {
  const typist = bindHeadlessEditor();
  const mover = bindHeadlessEditor();
  const relay = new Y.Doc();
  if (forwarding === 'plain') {
    followDraftMoves(relay, { write: (change) => change(), forwards: () => true });
  } else if (forwarding === 'document room') {
    // The hook the relay's document rooms load with (it writes through the room's document only).
    moveForwardingHooks.beforeLoad({ doc: relay } as Room);
  }
  writeArticles(typist.editor);
  await exchange(typist.doc, relay);
  await exchange(relay, mover.doc);
  const outbox = new Map<Y.Doc, Uint8Array[]>([
    [typist.doc, []],
    [mover.doc, []],
  ]);
  for (const [doc, sent] of outbox) doc.on('update', (update: Uint8Array) => sent.push(update));
  return { typist, mover, relay, outbox };
}

/** The relay receives what `from` sent so far, in order (its own transactions, as the network delivers them). */
function deliver({ relay, outbox }: Replicas, from: Y.Doc, origin: unknown = 'client'): void {
  const sent = outbox.get(from) ?? [];
  for (const update of sent.splice(0)) Y.applyUpdate(relay, update, origin);
}

/** Everyone catches up with the relay, and the relay with everyone. */
async function settle(all: Replicas): Promise<void> {
  deliver(all, all.typist.doc);
  deliver(all, all.mover.doc);
  await exchange(all.relay, all.typist.doc);
  await exchange(all.relay, all.mover.doc);
  for (const sent of all.outbox.values()) sent.splice(0);
}

describe('typing in the neighbour an article passes, arriving just after the move', () => {
  it('reaches the moved neighbour in every replica, at the place it was typed', async () => {
    const all = await replicas({ forwarding: 'plain' });
    const { typist, mover, relay } = all;
    // The mover moves article 3 above article 2 and copies article 2 (no caret known there).
    expect(moveSharedProvision(mover.doc, 'identification', 'up')).toBe(true);
    deliver(all, mover.doc);
    // The typist, not having seen the move, types in article 2 in two places: those updates come after it.
    typeInto(typist.editor, 'definitions', ' Both terms apply.');
    typeInto(typist.editor, 'definitions', 'The ', 0);
    deliver(all, typist.doc);
    await settle(all);

    for (const replica of [typist, mover]) {
      expect(articleOrder(replica.doc)).toEqual(['scope', 'identification', 'definitions', 'referral']);
      expect(texts(replica)).toContain('The Body of definitions. Both terms apply.');
    }
    expect(texts(typist)).toEqual(texts(mover));
    expect(draftRoot(relay).toString()).toBe(draftRoot(mover.doc).toString());
  });

  it('keeps typing that arrives after two moves, and keeps typing that arrived before exactly once', async () => {
    const all = await replicas({ forwarding: 'plain' });
    const { typist, mover } = all;
    typeInto(typist.editor, 'scope', ' Early.');
    deliver(all, typist.doc);
    // Article 3 moves up twice before the typist's text reaches the mover; the second move copies article 1.
    expect(moveSharedProvision(mover.doc, 'identification', 'up')).toBe(true);
    expect(moveSharedProvision(mover.doc, 'identification', 'up')).toBe(true);
    deliver(all, mover.doc);
    typeInto(typist.editor, 'scope', ' Late.');
    typeInto(typist.editor, 'definitions', ' Also late.');
    deliver(all, typist.doc);
    await settle(all);
    // And the typist goes on typing where the forwarded text now is.
    typeInto(typist.editor, 'scope', ' After.');
    await settle(all);

    for (const replica of [typist, mover]) {
      expect(articleOrder(replica.doc)).toEqual(['identification', 'scope', 'definitions', 'referral']);
      expect(texts(replica)).toContain('Body of scope. Early. Late. After.');
      expect(texts(replica)).toContain('Body of definitions. Also late.');
    }
    expect(texts(typist)).toEqual(texts(mover));
  });

  it('loses that typing when nobody forwards it (why the relay does)', async () => {
    const all = await replicas({ forwarding: 'none' });
    const { typist, mover } = all;
    expect(moveSharedProvision(mover.doc, 'identification', 'up')).toBe(true);
    deliver(all, mover.doc);
    typeInto(typist.editor, 'definitions', ' Both terms apply.');
    deliver(all, typist.doc);
    await settle(all);
    expect(texts(mover)).toContain('Body of definitions.');
    expect(texts(mover)).not.toContain('Body of definitions. Both terms apply.');
  });

  it('follows only recorded moves: a block rewritten in its place keeps the rewrite', async () => {
    const all = await replicas({ forwarding: 'plain' });
    const { typist, mover } = all;
    // The mover replaces article 2's body with a new paragraph; the typist's late typing stays in the old one.
    mover.editor.update(
      () => {
        const body = $getRoot().getChildren()[4];
        body?.replace($createParagraphNode().append($createTextNode('Rewritten.')));
      },
      { discrete: true },
    );
    deliver(all, mover.doc);
    typeInto(typist.editor, 'definitions', ' Typed.');
    deliver(all, typist.doc);
    await settle(all);
    expect(texts(mover)[4]).toBe('Rewritten.');
    expect(texts(typist)).toEqual(texts(mover));
  });

  it('is forwarded by the document room, written under a relay client id', async () => {
    const all = await replicas({ forwarding: 'document room' });
    const { typist, mover, relay } = all;
    expect(moveSharedProvision(mover.doc, 'identification', 'up')).toBe(true);
    deliver(all, mover.doc);
    typeInto(typist.editor, 'definitions', ' Both terms apply.');
    deliver(all, typist.doc);
    const written = [...relay.store.clients.keys()].filter(isRelayClientId);
    expect(written).toHaveLength(1);
    await settle(all);
    for (const replica of [typist, mover]) {
      expect(texts(replica).filter((text) => text.includes('Both terms apply.'))).toEqual([
        'Body of definitions. Both terms apply.',
      ]);
    }
  });

  it('follows a move an older client recorded (one entry overwritten by each move, no time)', async () => {
    const all = await replicas({ forwarding: 'document room' });
    const { typist, mover } = all;
    const root = draftRoot(mover.doc);
    const swap = planProvisionSwap(sharedOutline(root), 'identification', 'up');
    if (!swap) throw new Error('article 3 can move up');
    mover.doc.transact(() => {
      const blocks = swapProvisions(root, swap, new Set()).flatMap(([original, copy]) =>
        original._item && copy._item
          ? [[original._item.id.client, original._item.id.clock, copy._item.id.client, copy._item.id.clock]]
          : [],
      );
      const seen = [...Y.decodeStateVector(Y.encodeStateVector(mover.doc)).entries()];
      mover.doc.getMap(DRAFT_MOVES).set('last', { blocks, seen });
    });
    deliver(all, mover.doc);
    typeInto(typist.editor, 'definitions', ' Both terms apply.');
    deliver(all, typist.doc);
    await settle(all);
    for (const replica of [typist, mover]) {
      expect(texts(replica).filter((text) => text.includes('Both terms apply.'))).toEqual([
        'Body of definitions. Both terms apply.',
      ]);
    }
  });
});
