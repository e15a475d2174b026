// The relay's check on a commenter's update, without a relay: splits, joins, pasted lines, insertions and
// deletions pass (rejecting them gives the body back), while really joining paragraphs, restyling, or editing
// someone else's suggestion do not; suggestion:record is first come, first served, and only for people who may
// comment.
import { $createHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createTextNode, $getRoot, $getSelection, $isElementNode, $isRangeSelection } from 'lexical';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { $createSuggestionNode } from '../../renderer/consultation/suggestions/SuggestionNode';
import { $suggestionNodes } from '../../renderer/consultation/suggestions/settleSuggestions';
import {
  $suggestDelete,
  $suggestInsertLines,
  $suggestInsertText,
  $suggestSplit,
} from '../../renderer/consultation/suggestions/suggestionEdits';
import { checkSuggestionUpdate } from '../../server/rooms/kinds/doc-suggestions-check';
import { discussionRoom } from '../../shared/rooms';
import { $select, seedParagraphs, suggestingAuthor, write } from '../consultation/suggestionHarness';
import { type BoundEditor, bindHeadlessEditor } from '../drafts/collaborationHarness';
import { relayPerTest } from './support/relay-per-test';
import { openChannelClient } from './support/request-channel';

function changeOf(bound: BoundEditor, change: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  bound.doc.on('update', collect);
  write(bound.editor, change);
  bound.doc.off('update', collect);
  return Y.mergeUpdates(updates);
}

async function draft(): Promise<{ room: Y.Doc; copy: () => Promise<BoundEditor> }> {
  const author = bindHeadlessEditor();
  seedParagraphs(author.editor, 'First paragraph.', 'Second paragraph.');
  return {
    room: author.doc,
    copy: async () => {
      const copy = bindHeadlessEditor();
      Y.applyUpdate(copy.doc, Y.encodeStateAsUpdate(author.doc));
      await new Promise((resolve) => setTimeout(resolve, 0));
      return copy;
    },
  };
}

const nobodysElse = () => false;

test('splits and pasted lines pass; joining paragraphs or restyling a block does not', async () => {
  const { room, copy } = await draft();
  const me = suggestingAuthor('me');
  const split = changeOf(await copy(), () => {
    $select('paragraph.', 'start');
    $suggestSplit(me);
    $suggestInsertLines(me, 'one\ntwo ');
  });
  expect(checkSuggestionUpdate(room, split, nobodysElse)).toMatchObject({ ok: true });

  const join = changeOf(await copy(), () => {
    const [first, second] = $getRoot().getChildren();
    if ($isElementNode(first) && $isElementNode(second)) {
      first.append(...second.getChildren());
      second.remove();
    }
  });
  expect(checkSuggestionUpdate(room, join, nobodysElse)).toEqual({ ok: false, reason: 'changes-text' });

  const restyle = changeOf(await copy(), () => {
    $select('First');
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $setBlocksType(selection, () => $createHeadingNode('h1'));
  });
  expect(checkSuggestionUpdate(room, restyle, nobodysElse)).toEqual({ ok: false, reason: 'changes-text' });
});

test('a join marker passes; paragraphs really joined, with or without a marker, or a marker with text do not', async () => {
  const { room, copy } = await draft();
  const me = suggestingAuthor('me');
  const join = changeOf(await copy(), () => {
    $select('Second', 'start');
    $suggestDelete(me, true, 'character');
  });
  expect(checkSuggestionUpdate(room, join, nobodysElse)).toEqual({
    ok: true,
    made: [{ id: me.made[0], type: 'join', text: '' }],
    changed: [],
  });

  const joinedUnderMarker = changeOf(await copy(), () => {
    const [first, second] = $getRoot().getChildren();
    if ($isElementNode(first) && $isElementNode(second)) {
      first.append($createSuggestionNode(me.newId('join'), 'join'), ...second.getChildren());
      second.remove();
    }
  });
  expect(checkSuggestionUpdate(room, joinedUnderMarker, nobodysElse)).toEqual({
    ok: false,
    reason: 'changes-text',
  });

  const markerWithText = changeOf(await copy(), () => {
    const second = $getRoot().getChildAtIndex(1);
    const marker = $createSuggestionNode(me.newId('join'), 'join');
    if ($isElementNode(second)) second.getFirstChildOrThrow().insertBefore(marker);
    marker.append($createTextNode('smuggled '));
  });
  expect(checkSuggestionUpdate(room, markerWithText, nobodysElse)).toEqual({
    ok: false,
    reason: 'changes-text',
  });
});

test("taking back one's own split passes even when someone proposed joining that break", async () => {
  const { room, copy } = await draft();
  const me = suggestingAuthor('me');
  const them = suggestingAuthor('them');
  Y.applyUpdate(
    room,
    changeOf(await copy(), () => {
      $select('paragraph.', 'start');
      $suggestSplit(me);
    }),
  );
  Y.applyUpdate(
    room,
    changeOf(await copy(), () => {
      $select('paragraph.', 'start');
      $suggestDelete(them, true, 'character');
    }),
  );
  const takeBack = changeOf(await copy(), () => {
    $select('paragraph.', 'start');
    $suggestDelete(me, true, 'character');
  });
  expect(checkSuggestionUpdate(room, takeBack, (id) => me.made.includes(id))).toMatchObject({ ok: true });
});

test("someone else's suggestion stays theirs: not removable, not extendable", async () => {
  const { room, copy } = await draft();
  const them = suggestingAuthor('them');
  const theirs = changeOf(await copy(), () => {
    $select('First', 'end');
    $suggestInsertText(them, ' proposed');
  });
  Y.applyUpdate(room, theirs);
  const mine = await copy();
  const removal = changeOf(mine, () => {
    for (const node of $suggestionNodes()) node.remove();
  });
  expect(checkSuggestionUpdate(room, removal, nobodysElse)).toEqual({ ok: false, reason: 'touches-others' });
  expect(checkSuggestionUpdate(room, removal, (id) => them.made.includes(id))).toMatchObject({ ok: true });
});

const setup = relayPerTest();

test('suggestion:record is first come, first served, and not for viewers', async () => {
  const room = discussionRoom('care-network', 'referral-guideline');
  const first = await openChannelClient(
    setup.relay.wsUrl,
    room,
    await setup.relay.token('care-network', 'commenter'),
  );
  const second = await openChannelClient(
    setup.relay.wsUrl,
    room,
    await setup.relay.token('care-network', 'editor'),
  );
  const viewer = await openChannelClient(
    setup.relay.wsUrl,
    room,
    await setup.relay.token('care-network', 'viewer'),
  );
  const input = { id: 'x'.repeat(22), type: 'insert', excerpt: 'proposed' };
  expect(await first.request('suggestion:record', input)).toMatchObject({ ok: true });
  expect(await second.request('suggestion:record', input)).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });
  expect(await viewer.request('suggestion:record', { ...input, id: 'y'.repeat(22) })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await first.request('suggestion:record', { ...input, id: 'short' })).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });
  for (const client of [first, second, viewer]) client.close();
});
