// When only leads edit a draft, the relay checks every update of anyone else: a reconnecting editor's sync step
// that brings nothing new is let through, anything else is dropped. That check must cost what the update costs,
// not what the draft costs: it used to build the whole document's delete set (a pass over every struct) for each
// update, so each keystroke of a held editor in a 1,000-paragraph draft walked all 1,000 paragraphs.
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { admitsWrite, suggestionDiscussionHooks } from '../../server/rooms/kinds/doc-suggestions';
import type { RoomMember } from '../../server/rooms/kinds/policy';
import type { Room } from '../../server/rooms/room';
import { RELAY_CLIENT_ID_FIRST } from '../../shared/relay-writes';
import { documentRoom } from '../../shared/rooms';
import { SUGGESTION_SETTINGS } from '../../shared/suggestions';

const DOC = documentRoom('care-network', 'model-law');
const PARAGRAPHS = 1_000;
const lead: RoomMember = { id: 'lead', name: 'Lead', role: 'editor' };
const heldEditor: RoomMember = { id: 'held', name: 'Held editor', role: 'editor' };

/** The owner's choice as the relay writes it into the discussion room: only `lead` edits directly. */
function chooseLeadsOnly(): void {
  const discussion = new Y.Doc();
  discussion.clientID = RELAY_CLIENT_ID_FIRST;
  discussion
    .getArray(SUGGESTION_SETTINGS)
    .push([{ leadsOnly: true, leads: [lead.id], by: { memberId: 'owner', name: 'Owner' }, at: 1 }]);
  suggestionDiscussionHooks.onLoad({ name: `${DOC}/discussion`, doc: discussion } as unknown as Room);
}

/** A draft shaped as Lexical writes it (a paragraph is an XmlText holding a text node's map and its text), typed
 * one paragraph at a time, so its author's structs run into the thousands. */
function longDraft(): Y.Doc {
  const doc = new Y.Doc();
  const root = doc.get('root', Y.XmlText);
  for (let index = 0; index < PARAGRAPHS; index++) {
    doc.transact(() => {
      const paragraph = new Y.XmlText();
      root.insertEmbed(index, paragraph);
      paragraph.setAttribute('__type', 'paragraph');
      const textNode = new Y.Map();
      paragraph.insertEmbed(0, textNode);
      textNode.set('__type', 'text');
      paragraph.insert(1, `Article ${index}: victims are referred to a shelter within three days.`);
    });
  }
  return doc;
}

const paragraph = (doc: Y.Doc, index: number) =>
  (doc.get('root', Y.XmlText).toDelta() as Array<{ insert: Y.XmlText }>)[index]?.insert as Y.XmlText;

function replicaOf(doc: Y.Doc): Y.Doc {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  return replica;
}

/** Counts the structs read from the document's store from now on. */
function countStructReads(doc: Y.Doc): { reads: number } {
  const counter = { reads: 0 };
  for (const [client, structs] of doc.store.clients) {
    doc.store.clients.set(
      client,
      new Proxy(structs, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) counter.reads += 1;
          return Reflect.get(target, key, receiver);
        },
      }),
    );
  }
  return counter;
}

test("a held editor's updates are judged from the structs they name, not from the whole draft", () => {
  chooseLeadsOnly();
  const doc = longDraft();
  // Some words already deleted across the draft: a reconnecting replica's sync step carries them all.
  for (const index of [3, 250, 500, 750, 999]) paragraph(doc, index).delete(10, 7);
  const room = { name: DOC, doc } as unknown as Room;
  const structs = [...doc.store.clients.values()].reduce((sum, list) => sum + list.length, 0);
  expect(structs).toBeGreaterThan(4 * PARAGRAPHS);

  const reconnecting = replicaOf(doc);
  const syncStep = Y.encodeStateAsUpdate(reconnecting, Y.encodeStateVector(doc));
  const typing = replicaOf(doc);
  const typingBefore = Y.encodeStateVector(typing);
  paragraph(typing, 500).insert(12, 'x');
  const keystroke = Y.encodeStateAsUpdate(typing, typingBefore);
  const deleting = replicaOf(doc);
  paragraph(deleting, 10).delete(0, 1);
  const deletion = Y.encodeStateAsUpdate(deleting, Y.encodeStateVector(doc));

  const counter = countStructReads(doc);
  // Nothing new: let through, having looked up only the deleted ranges it names.
  expect(admitsWrite(room, heldEditor, syncStep)).toBe(true);
  // New text, and a deletion of text still visible: dropped.
  expect(admitsWrite(room, heldEditor, keystroke)).toBe(false);
  expect(admitsWrite(room, heldEditor, deletion)).toBe(false);
  // A lead is not checked at all.
  expect(admitsWrite(room, lead, keystroke)).toBe(true);
  // Five deleted ranges and two small updates: a binary search each, far from a pass over the draft.
  expect(counter.reads).toBeLessThan(200);
});

test('the check agrees with Yjs on what a document already holds', () => {
  chooseLeadsOnly();
  const doc = longDraft();
  paragraph(doc, 20).delete(0, 8);
  const room = { name: DOC, doc } as unknown as Room;
  const replica = replicaOf(doc);
  const before = Y.encodeStateVector(replica);
  const cases: Array<[string, Uint8Array]> = [
    ['the whole document again', Y.encodeStateAsUpdate(replica)],
    ['its deletions again', Y.encodeStateAsUpdate(replica, Y.encodeStateVector(doc))],
  ];
  paragraph(replica, 20).delete(0, 1);
  cases.push(['a deletion of text still there', Y.encodeStateAsUpdate(replica, before)]);
  paragraph(replica, 30).insert(0, 'New ');
  cases.push(['new text', Y.encodeStateAsUpdate(replica, before)]);
  const stranger = new Y.Doc();
  stranger.getMap('notes').set('a', 1);
  stranger.getMap('notes').delete('a');
  cases.push(["a stranger's deleted note", Y.encodeStateAsUpdate(stranger)]);
  for (const [name, update] of cases) {
    expect([name, admitsWrite(room, heldEditor, update)]).toEqual([
      name,
      Y.snapshotContainsUpdate(Y.snapshot(doc), update),
    ]);
  }
});
