// Through a real relay: a co-author's keystrokes in the article a move copies reach the relay only after the
// move (their caret was not yet in the mover's presence). The document room forwards them into the copy, and
// every client reads them there once.
import { $getRoot } from 'lexical';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { moveSharedProvision, sharedOutline } from '../../renderer/drafts/legislation/sharedProvisionMove';
import { draftBlocks, draftRoot } from '../../shared/draft-content';
import { documentRoom } from '../../shared/rooms';
import { ARTICLES, writeArticles } from '../drafts/articlesDraft';
import { bindHeadlessEditor } from '../drafts/collaborationHarness';
import { connectClient, eventually } from '../server/support/relay';
import { relayPerTest } from '../server/support/relay-per-test';

const SPACE = 'care-network';
const ROOM = documentRoom(SPACE, 'model-law');
const setup = relayPerTest();

const articleOrder = (doc: Y.Doc) =>
  sharedOutline(draftRoot(doc))
    .filter((block) => block.level === 'article')
    .map((block) => block.provisionId);

test('typing in the copied neighbour that reaches the relay after the move is in every replica once', async () => {
  const token = await setup.relay.token(SPACE, 'editor');
  const moverClient = setup.connect(ROOM, token);
  const mover = bindHeadlessEditor(moverClient.doc);
  await moverClient.synced;
  writeArticles(mover.editor, { part: false });
  // The typist's replica keeps deleted content, as a browser's does for its own keystrokes not yet sent.
  const typist = connectClient(setup.relay.wsUrl, ROOM, token, new Y.Doc({ gc: false }));
  await typist.synced;
  await eventually(() => articleOrder(typist.doc).length === ARTICLES.length);

  // The typist types at the end of article 2's body, on a replica that has not seen the move yet.
  const unsent = new Y.Doc({ gc: false });
  Y.applyUpdate(unsent, Y.encodeStateAsUpdate(typist.doc));
  const body = draftBlocks(draftRoot(unsent))[3] as Y.XmlText;
  expect(body.toString()).toContain('Body of definitions.');
  body.insert(body.length, ' Both terms apply.');
  const keystrokes = Y.encodeStateAsUpdate(unsent, Y.encodeStateVector(typist.doc));

  expect(moveSharedProvision(mover.doc, 'identification', 'up')).toBe(true);
  await eventually(() => articleOrder(typist.doc)[1] === 'identification');
  // Now the keystrokes go out: they land in the original of article 2, which the move deleted.
  Y.applyUpdate(typist.doc, keystrokes);

  const texts = () =>
    mover.editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((node) => node.getTextContent()),
    );
  await eventually(() => texts().includes('Body of definitions. Both terms apply.'));
  expect(articleOrder(mover.doc)).toEqual(['scope', 'identification', 'definitions', 'referral']);
  expect(texts().filter((text) => text.includes('Both terms apply.'))).toHaveLength(1);
  // A client that opens the draft afterwards reads it too, from what the relay stored.
  const later = setup.connect(ROOM, token);
  const reader = bindHeadlessEditor(later.doc);
  await later.synced;
  await eventually(() =>
    reader.editor
      .getEditorState()
      .read(() => $getRoot().getTextContent())
      .includes('Body of definitions. Both terms apply.'),
  );
});
