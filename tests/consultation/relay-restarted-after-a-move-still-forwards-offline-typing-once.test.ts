import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { moveSharedProvision, sharedOutline } from '../../renderer/drafts/legislation/sharedProvisionMove';
import { draftBlocks, draftRoot } from '../../shared/draft-content';
import { documentRoom } from '../../shared/rooms';
import { ARTICLES, writeArticles } from '../drafts/articlesDraft';
import { bindHeadlessEditor } from '../drafts/collaborationHarness';
import {
  connectClient,
  eventually,
  startRelay,
  type TestClient,
  type TestRelay,
} from '../server/support/relay';

const SPACE = 'care-network';
const ROOM = documentRoom(SPACE, 'model-law');

const articleOrder = (doc: Y.Doc) =>
  sharedOutline(draftRoot(doc))
    .filter((block) => block.level === 'article')
    .map((block) => block.provisionId);
const bodyOf = (doc: Y.Doc, id: string): string => {
  const blocks = draftBlocks(draftRoot(doc));
  const heading = sharedOutline(draftRoot(doc)).findIndex((block) => block.provisionId === id);
  // Lexical keeps each text node's properties as a map embedded before its text.
  return String(blocks[heading + 1] ?? '').replaceAll('[object Object]', '');
};
const occurrences = (doc: Y.Doc, text: string) => draftRoot(doc).toString().split(text).length - 1;

const clients: TestClient[] = [];
const relays: TestRelay[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.provider.destroy();
  const [first, ...rest] = relays.splice(0);
  // Every relay of a test shares the first one's data folder, removed when that one closes.
  for (const relay of rest) await relay.relay.close();
  await first?.close();
});

async function relayOn(dataDir?: string): Promise<TestRelay> {
  const relay = await startRelay(dataDir ? { dataDir } : {});
  relays.push(relay);
  return relay;
}

function connect(relay: TestRelay, token: string, doc = new Y.Doc()): TestClient {
  const client = connectClient(relay.wsUrl, ROOM, token, doc);
  clients.push(client);
  return client;
}

/** Stops a relay the way SIGTERM does (every room flushed and compacted), keeping its data folder. */
async function stop(relay: TestRelay): Promise<void> {
  for (const client of clients.splice(0)) client.provider.destroy();
  await relay.relay.close();
}

test('typing done offline in an article moved twice lands once, though the relay restarted before the reconnect', async () => {
  const first = await relayOn();
  const token = await first.token(SPACE, 'editor');
  const moverClient = connect(first, token);
  const mover = bindHeadlessEditor(moverClient.doc);
  await moverClient.synced;
  writeArticles(mover.editor, { part: false });
  // The typist's device has the draft, then loses the network and types in article 3.
  const typistClient = connect(first, token);
  await typistClient.synced;
  await eventually(() => articleOrder(typistClient.doc).length === ARTICLES.length);
  typistClient.provider.destroy();
  const typist = typistClient.doc;
  const body = draftBlocks(draftRoot(typist))[5] as Y.XmlText;
  body.insert(body.length, ' Offline.');

  // Meanwhile article 3 moves up twice, and the move reaches the relay.
  expect(moveSharedProvision(mover.doc, 'identification', 'up', new Set([2]))).toBe(true);
  expect(moveSharedProvision(mover.doc, 'identification', 'up', new Set([0]))).toBe(true);
  const watcher = connect(first, token);
  await eventually(() => articleOrder(watcher.doc)[0] === 'identification');
  await stop(first);

  const second = await relayOn(first.dataDir);
  connect(second, token, typist);
  const reader = connect(second, token);
  await eventually(() => bodyOf(reader.doc, 'identification').includes('Offline.'));
  expect(articleOrder(reader.doc)).toEqual(['identification', 'scope', 'definitions', 'referral']);
  await eventually(
    () => occurrences(typist, 'Offline.') === 1 && articleOrder(typist)[0] === 'identification',
  );
  expect(bodyOf(typist, 'identification')).toBe('Body of identification. Offline.');
  await stop(second);

  // Restarted once more, with the typist reconnecting again: nothing is forwarded a second time.
  const third = await relayOn(first.dataDir);
  await connect(third, token, typist).synced;
  const later = connect(third, token);
  await later.synced;
  for (const doc of [later.doc, typist]) {
    expect(occurrences(doc, 'Offline.')).toBe(1);
    expect(bodyOf(doc, 'identification')).toBe('Body of identification. Offline.');
  }
});
