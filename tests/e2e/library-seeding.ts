// Test support: puts documents into a space's library the way the app does (an index entry with the body's
// summary and text, and a Lexical-Yjs body), written from Node through the relay like another member's app,
// so library tests start from a known set of entries without clicking through forms for each.

import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { documentsMap } from '../../renderer/drafts/model/spaceIndex';
import { type BodyBlock, buildDocumentBody } from '../../renderer/library/model/documentBody';
import { createLibraryDocument, type NewDocumentInput } from '../../renderer/library/model/libraryDocuments';
import { readDocumentEntries } from '../../shared/documents';
import { documentRoom, indexRoom } from '../../shared/rooms';
import type { RelayFixture } from './fixtures';

export interface SeededDocument extends NewDocumentInput {
  body: string[];
}

function connect(relay: RelayFixture, room: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(relay.url.replace(/^http/, 'ws'), room, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => provider.on('sync', (done: boolean) => done && resolve()));
  return { doc, provider, synced };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > 15_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Writes the documents (in order, each a second newer than the last) and returns their ids. */
export async function seedLibrary(
  relay: RelayFixture,
  space: string,
  documents: SeededDocument[],
): Promise<string[]> {
  const token = await relay.token(space, 'editor', 'Library seeder');
  const index = connect(relay, indexRoom(space), token);
  await index.synced;
  const ids: string[] = [];
  const start = Date.UTC(2025, 0, 1);
  for (const [position, { body, ...input }] of documents.entries()) {
    const blocks: BodyBlock[] = body.map((text) => ({ type: 'paragraph', text }));
    const built = await buildDocumentBody(blocks);
    const id = createLibraryDocument(index.doc, input, built, { now: start + position * 1000 });
    const room = connect(relay, documentRoom(space, id), token);
    await room.synced;
    Y.applyUpdate(room.doc, built.update);
    ids.push(id);
    // Read back through a second connection: the body is on the relay, not only in this socket's buffer.
    const check = connect(relay, documentRoom(space, id), token);
    await check.synced;
    await until(() => check.doc.get('root', Y.XmlText).length > 0, `the body of ${input.title}`);
    check.provider.destroy();
    room.provider.destroy();
  }
  const check = connect(relay, indexRoom(space), token);
  await check.synced;
  await until(
    () => readDocumentEntries(documentsMap(check.doc).entries()).length >= documents.length,
    'the index entries',
  );
  check.provider.destroy();
  index.provider.destroy();
  return ids;
}
