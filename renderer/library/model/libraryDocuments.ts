// Creating library documents with a body, for everything that makes one: "New document" from a template, the
// demo space, a closed session's notes. The index entry (with the body's summary and plain text, for search)
// and the body room are written together; the body is built by documentBody.ts, loaded on first use.
import type * as Y from 'yjs';
import {
  type DocumentMetadata,
  documentIdSchema,
  indexText,
  newDocumentMetadata,
  summarise,
} from '../../../shared/documents';
import type { SpaceMembership } from '../../../shared/ipc/contract';
import { documentRoom, indexRoom } from '../../../shared/rooms';
import { newProvisionId } from '../../drafts/legislation/provisionId';
import { documentsMap, INDEX_ORIGIN } from '../../drafts/model/spaceIndex';
import type { RoomCache } from '../../rooms/roomCache';
import type { BodyContent, BuiltBody } from './documentBody';

/** What a new document says about itself; everything else gets the defaults of newDocumentMetadata. */
export type NewDocumentInput = Pick<DocumentMetadata, 'title' | 'kind'> & Partial<DocumentMetadata>;

/** The origin of the body update, so observers can tell a created body from typing. */
export const BODY_ORIGIN = 'library:body';

/** How long to wait for the relay to take a new body before leaving it to the local replica. */
const RELAY_WAIT_MS = 5_000;

/**
 * Writes a new document's index entry (summary and text taken from `body` when given) and returns its id.
 * `id`: for content that must keep its id across runs (the demo space); a fresh random one otherwise.
 */
export function createLibraryDocument(
  indexDoc: Y.Doc,
  input: NewDocumentInput,
  body?: Pick<BuiltBody, 'summary' | 'text'>,
  options: { id?: string; now?: number } = {},
): string {
  const id = options.id ?? newProvisionId().slice(1);
  if (!documentIdSchema.safeParse(id).success) throw new Error(`Not a document id: ${id}`);
  const fromBody = body ? { summary: summarise(body.summary), text: indexText(body.text) } : {};
  const metadata = newDocumentMetadata({ ...input, ...fromBody }, options.now ?? Date.now());
  indexDoc.transact(() => documentsMap(indexDoc).set(id, metadata), INDEX_ORIGIN);
  return id;
}

/** Builds a body from blocks or a Lexical state (loads Lexical on first use). */
export async function buildBody(content: BodyContent): Promise<BuiltBody> {
  const { buildDocumentBody } = await import('./documentBody');
  return buildDocumentBody(content);
}

async function withRoom<T>(
  cache: RoomCache,
  membership: Pick<SpaceMembership, 'serverUrl' | 'token'>,
  room: string,
  work: (doc: Y.Doc, whenSynced: () => Promise<void>) => Promise<T>,
): Promise<T> {
  const lease = cache.acquire({ serverUrl: membership.serverUrl, token: membership.token, room });
  try {
    // Written after the local replica loads: y-indexeddb stores only updates made once it is open.
    await lease.room.whenLoaded;
    const whenSynced = () =>
      new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          stop();
          resolve();
        };
        const check = () => {
          const state = lease.room.getState();
          if (state.synced || state.status === 'offline' || state.status === 'refused') done();
        };
        const timer = setTimeout(done, RELAY_WAIT_MS);
        const stop = lease.room.subscribe(check);
        check();
      });
    return await work(lease.room.doc, whenSynced);
  } finally {
    lease.release();
  }
}

/** Applies a built body to the document's room: kept in the local replica at once, sent when connected. */
export async function writeDocumentBody(
  cache: RoomCache,
  membership: Pick<SpaceMembership, 'serverUrl' | 'token' | 'space'>,
  id: string,
  update: Uint8Array,
): Promise<void> {
  const { applyUpdate } = await import('yjs');
  await withRoom(cache, membership, documentRoom(membership.space, id), async (doc, whenSynced) => {
    applyUpdate(doc, update, BODY_ORIGIN);
    await whenSynced();
  });
}

/**
 * The one call to make a document with a body in a space: builds the body, writes the index entry and the
 * body room (through the app's room cache, so it works offline and reaches the relay when it can). Returns
 * the new id. `content`: blocks (a template, a lesson, session notes) or a Lexical state.
 */
export async function createDocumentWithBody(
  cache: RoomCache,
  membership: Pick<SpaceMembership, 'serverUrl' | 'token' | 'space'>,
  input: NewDocumentInput,
  content: BodyContent,
  options: { id?: string; now?: number } = {},
): Promise<string> {
  const body = await buildBody(content);
  const id = await withRoom(cache, membership, indexRoom(membership.space), async (doc, whenSynced) => {
    const created = createLibraryDocument(doc, input, body, options);
    await whenSynced();
    return created;
  });
  await writeDocumentBody(cache, membership, id, body.update);
  return id;
}
