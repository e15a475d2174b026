// Adds the demo space: creates "Commons demo" on the relay (the owner's POST /api/spaces) and fills it with the
// demo lessons: every index entry in the space's index room, then every body in its own room. Loaded on demand
// with the content itself, so the first screen downloads neither. Seeding again skips what is there already.
import * as Y from 'yjs';
import type { SpaceMembership } from '../../../shared/ipc/contract';
import type { RelayNotice } from '../../../shared/relay-requests';
import { documentRoom, indexRoom } from '../../../shared/rooms';
import { DraftConnection } from '../../drafts/editor/draftConnection';
import { documentsMap } from '../../drafts/model/spaceIndex';
import type { RoomCache } from '../../rooms/roomCache';
import { createSpace, type SpaceCreator } from '../../setup/setupApi';
import { buildBody, createLibraryDocument } from '../model/libraryDocuments';
import { DEMO_ENTRIES } from './content';
import { demoBody, demoDocumentId, demoMetadata, demoSummary } from './demoEntry';

export const DEMO_SPACE_NAME = 'Commons demo';
const DEMO_LANGUAGES = ['en', 'fr', 'es', 'pt', 'ru', 'ar', 'lo'];
/** Bodies written at once: each is its own short connection, closed as soon as the relay has stored it. */
const PARALLEL_BODIES = 4;
const STORE_WAIT_MS = 15_000;

export interface DemoProgress {
  done: number;
  total: number;
}

const decodeVector = (base64: string) =>
  Y.decodeStateVector(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));

/** Writes one body into its room; true once the relay says it stored all of it (else it is in the replica). */
async function writeBody(membership: SpaceMembership, id: string, update: Uint8Array): Promise<boolean> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const wanted = Y.decodeStateVector(Y.encodeStateVector(doc));
  const connection = new DraftConnection({
    serverUrl: membership.serverUrl,
    room: documentRoom(membership.space, id),
    token: membership.token,
    doc,
    canWrite: true,
  });
  try {
    const stored = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), STORE_WAIT_MS);
      connection.channel.onNotice((notice: RelayNotice) => {
        if (notice.notice !== 'stored') return;
        const vector = decodeVector(notice.stateVector);
        if ([...wanted].every(([client, clock]) => (vector.get(client) ?? 0) >= clock)) {
          clearTimeout(timer);
          resolve(true);
        }
      });
    });
    await connection.connect();
    return await stored;
  } finally {
    connection.destroy();
    doc.destroy();
  }
}

/** Fills a space with the demo entries; reports progress per body written. Returns how many were added. */
export async function seedDemoSpace(
  cache: RoomCache,
  membership: SpaceMembership,
  onProgress: (progress: DemoProgress) => void = () => {},
): Promise<number> {
  const built = await Promise.all(
    DEMO_ENTRIES.map(async (entry) => ({ entry, body: await buildBody(demoBody(entry)) })),
  );
  const lease = cache.acquire({
    serverUrl: membership.serverUrl,
    token: membership.token,
    room: indexRoom(membership.space),
  });
  let added: typeof built = [];
  try {
    await lease.room.whenLoaded;
    const documents = documentsMap(lease.room.doc);
    added = built.filter(({ entry }) => !documents.has(demoDocumentId(entry)));
    for (const { entry, body } of added) {
      const [year, month] = entry.written;
      createLibraryDocument(
        lease.room.doc,
        demoMetadata(entry),
        { summary: demoSummary(entry), text: body.text },
        // Updated a few weeks after it was written, as real lessons are.
        { id: demoDocumentId(entry), now: Date.UTC(year, month - 1, 28) },
      );
    }
    let done = 0;
    const total = added.length;
    onProgress({ done, total });
    const queue = [...added];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        await writeBody(membership, demoDocumentId(next.entry), next.body.update);
        done++;
        onProgress({ done, total });
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_BODIES }, worker));
  } finally {
    lease.release();
  }
  return added.length;
}

/** Creates the demo space as this owner and fills it; the new membership comes back to be saved. */
export async function createDemoSpace(
  serverUrl: string,
  creator: SpaceCreator,
  displayName: string,
  description: string,
): Promise<SpaceMembership> {
  return createSpace(serverUrl, creator, displayName, {
    name: DEMO_SPACE_NAME,
    description,
    languages: DEMO_LANGUAGES,
  });
}
