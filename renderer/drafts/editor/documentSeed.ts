// The first content of every draft body: one empty paragraph, written as a Yjs update with a fixed client id.
// Every client applies the same bytes when it opens a document, so however many people open a brand-new draft
// at once, Yjs sees one paragraph (identical ids merge) instead of one per person. No client ever bootstraps
// with its own ids, which is the race Lexical's collaboration guide warns about.
import * as Y from 'yjs';

/** Reserved for the seed. Yjs picks random 32-bit ids for real clients; 1 is never reused by this app. */
const SEED_CLIENT_ID = 1;

/** The shared type @lexical/yjs binds the editor to (CollaborationPlugin's default root name). */
export const DRAFT_ROOT_NAME = 'root';

// Built by hand rather than through Lexical so the bytes never change with a Lexical upgrade: two app versions
// that seeded differently under the same ids would corrupt each other's documents. Never change this content.
function buildSeedUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = SEED_CLIENT_ID;
  doc.transact(() => {
    const root = doc.get(DRAFT_ROOT_NAME, Y.XmlText);
    const paragraph = new Y.XmlText();
    root.insertEmbed(0, paragraph);
    paragraph.setAttribute('__type', 'paragraph');
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

let seedUpdate: Uint8Array | null = null;

/** Applies the seed; a no-op for a document that already holds it (Yjs skips items it has seen). */
export function seedDraftBody(doc: Y.Doc, origin: unknown = 'seed'): void {
  seedUpdate ??= buildSeedUpdate();
  Y.applyUpdate(doc, seedUpdate, origin);
}
