// Keeps copied text once: when two people moved the same characters at the same moment (two Enters in one
// paragraph, Enter while someone strikes words after it), each made a copy of them (copied-text-records.ts says why);
// every replica deletes all copies but one, by a rule they all compute alike from the merged document.
//
// The rule: of the living copies of one original character (following copies of copies), the one last in
// document order stays. Two Enters in one paragraph then read as if typed one after the other: the new paragraphs
// come in the order Yjs put them, and each character stays in the last one that took it, so the text keeps its
// order ("ab|cd|ef" from Enters after "ab" and after "abcd"; if Yjs put the second new paragraph first, the
// first one keeps "cdef" and the second is empty: nothing twice, nothing lost, one break in a different place).
// Deleting is idempotent, so several replicas deleting the same copies at once is harmless.
//
// The deletions are applied as an update with this module's origin, not a local edit: the Lexical binding reflects
// them into the editor, y-websocket sends them on, and a commenter's copy, which sends only its local edits (as
// suggestions the relay checks), keeps them to itself; editors' copies write them to the room.
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { carryOwnTyping } from './copied-text-carry';
import { CopyGraph, isRecord } from './copied-text-graph';
import { OwnDeletions } from './copied-text-own-deletions';
import { COPIES_MAP, type CopyRecord, livingItemAt, recordCopies } from './copied-text-records';

/** The origin of the deletions of duplicated copies. */
export const COPY_DUPLICATES_ORIGIN = { name: 'copy-duplicates' } as const;

/** Document order: each item's place in its parent's list, from the outermost parent in. */
class DocumentOrder {
  private readonly places = new Map<Y.AbstractType<unknown>, Map<Y.Item, number>>();

  private place(item: Y.Item): number {
    const parent = item.parent as Y.AbstractType<unknown>;
    let places = this.places.get(parent);
    if (!places) {
      places = new Map();
      let index = 0;
      for (let child = parent._start; child !== null; child = child.right) places.set(child, index++);
      this.places.set(parent, places);
    }
    return places.get(item) ?? -1;
  }

  key(item: Y.Item, offset: number): number[] {
    const key = [offset];
    for (let at: Y.Item | null = item; at !== null; at = (at.parent as Y.AbstractType<unknown>)._item) {
      key.unshift(this.place(at));
    }
    return key;
  }
}

function compareKeys(a: number[], b: number[]): number {
  for (let at = 0; at < Math.min(a.length, b.length); at++) {
    if (a[at] !== b[at]) return (a[at] as number) - (b[at] as number);
  }
  return a.length - b.length;
}

/** The copies to delete so that each of these original characters has one living copy at most. */
export function duplicatedCopies(
  doc: Y.Doc,
  graph: CopyGraph,
  characters: Array<[number, number]>,
): Array<[number, number]> {
  return withEmptiedNodes(doc, duplicateLosers(doc, graph, characters));
}

/** Of each of these characters' living copies, all but the one last in document order. */
function duplicateLosers(
  doc: Y.Doc,
  graph: CopyGraph,
  characters: Array<[number, number]>,
): Array<[number, number]> {
  const order = new DocumentOrder();
  const done = new Set<string>();
  const losers: Array<[number, number]> = [];
  for (const [client, clock] of characters) {
    const origin = graph.origin(client, clock);
    const name = `${origin[0]}:${origin[1]}`;
    if (done.has(name)) continue;
    done.add(name);
    const alive = graph
      .descendants(...origin)
      .map((char) => ({ char, item: livingItemAt(doc, ...char) }))
      .filter((copy): copy is { char: [number, number]; item: Y.Item } => copy.item !== null);
    if (alive.length < 2) continue;
    const keyed = alive.map((copy) => ({
      ...copy,
      key: order.key(copy.item, copy.char[1] - copy.item.id.clock),
    }));
    keyed.sort((a, b) => compareKeys(a.key, b.key));
    for (const copy of keyed.slice(0, -1)) losers.push(copy.char);
  }
  return losers;
}

/** These characters, with the text nodes and inline elements that deleting them leaves empty (see below). */
function withEmptiedNodes(doc: Y.Doc, characters: Array<[number, number]>): Array<[number, number]> {
  const parents = new Set<Y.AbstractType<unknown>>();
  const alive = characters.filter((char) => {
    const item = livingItemAt(doc, ...char);
    if (item) parents.add(item.parent as Y.AbstractType<unknown>);
    return item !== null;
  });
  return alive.concat(
    emptiedTextNodes(parents, new Set(alive.map(([client, clock]) => `${client}:${clock}`))),
  );
}

/** Inline elements that Lexical never keeps empty: a suggestion or link left with no text goes too. */
const INLINE_WRAPPERS = new Set(['suggestion', 'link']);

/**
 * The property maps of text nodes left with no characters once `losers` are deleted, and inline elements left
 * empty. An empty text node left in Yjs reads in Lexical as a node that normalising removes there but not in Yjs,
 * and the next word typed into that paragraph then goes into a new node on one replica only.
 */
function emptiedTextNodes(
  parents: Set<Y.AbstractType<unknown>>,
  losers: Set<string>,
): Array<[number, number]> {
  const emptied: Array<[number, number]> = [];
  for (const parent of parents) {
    let map: Y.Item | null = null;
    let lost = false;
    let kept = false;
    let survivors = 0;
    const close = () => {
      if (map && lost && !kept) emptied.push([map.id.client, map.id.clock]);
      else if (map || kept) survivors += 1;
    };
    for (let item = parent._start; item !== null; item = item.right) {
      if (item.deleted) continue;
      if (item.content instanceof Y.ContentString) {
        for (let at = 0; at < item.length; at++) {
          if (losers.has(`${item.id.client}:${item.id.clock + at}`)) lost = true;
          else kept = true;
        }
      } else if (item.countable) {
        close();
        map = item.content instanceof Y.ContentType && item.content.type instanceof Y.Map ? item : null;
        if (!map) survivors += 1;
        lost = false;
        kept = false;
      }
    }
    close();
    const type = parent instanceof Y.XmlText ? parent.getAttribute('__type') : undefined;
    if (survivors === 0 && parent._item && INLINE_WRAPPERS.has(String(type))) {
      emptied.push([parent._item.id.client, parent._item.id.clock]);
    }
  }
  return emptied;
}

/** A Yjs update (v1) that only deletes these characters. */
export function deletionUpdate(characters: Array<[number, number]>): Uint8Array {
  const byClient = new Map<number, number[]>();
  for (const [client, clock] of characters) byClient.set(client, [...(byClient.get(client) ?? []), clock]);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, byClient.size);
  for (const [client, clocks] of byClient) {
    clocks.sort((a, b) => a - b);
    const ranges: Array<[number, number]> = [];
    for (const clock of clocks) {
      const last = ranges[ranges.length - 1];
      if (last && last[0] + last[1] === clock) last[1] += 1;
      else if (!last || last[0] + last[1] < clock) ranges.push([clock, 1]);
    }
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, ranges.length);
    for (const [clock, length] of ranges) {
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarUint(encoder, length);
    }
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Deletes, in `doc`, every copy all replicas would delete once they hold what `doc` holds: what the relay's check
 * of a suggestion reads, so that a paragraph suggested at the same moment as one the room has is not taken for a
 * change of the text.
 */
export function removeDuplicatedCopies(doc: Y.Doc): void {
  const records = doc.getMap<CopyRecord>(COPIES_MAP);
  if (records.size === 0) return;
  const graph = new CopyGraph();
  for (const record of records.values()) graph.add(record);
  const losers = duplicatedCopies(doc, graph, graph.claimedTwice());
  if (losers.length > 0) Y.applyUpdate(doc, deletionUpdate(losers));
}

/**
 * Records the copies this doc's local edits make and deletes duplicated copies whenever records arrive (and once
 * now, for a document that already holds some); when records arrive of copies of characters this replica had
 * deleted itself, their copies go too (copied-text-own-deletions.ts). Returns the function that stops all three.
 * Its cost: nothing while typing (a transaction that deletes nothing is left at once); on an Enter, a pass over
 * the records.
 */
export function keepCopiedTextOnce(doc: Y.Doc): () => void {
  const records = doc.getMap<CopyRecord>(COPIES_MAP);
  const graph = new CopyGraph();
  const ownDeletions = new OwnDeletions();
  const remove = (characters: Array<[number, number]>) => {
    const losers = withEmptiedNodes(doc, characters);
    if (losers.length > 0) Y.applyUpdate(doc, deletionUpdate(losers), COPY_DUPLICATES_ORIGIN);
  };
  for (const record of records.values()) graph.add(record);
  remove(duplicateLosers(doc, graph, graph.claimedTwice()));

  // Records arrive inside a transaction whose other observers (the Lexical binding's) have not run yet; deleting
  // then would change the document under the events they are about to read. So the deletions wait for the end of
  // the transaction, after every observer. They are looked for at every fork in the records, not only at the new
  // records' characters: a late record can give a fork settled long ago two living copies again (a copy of a copy
  // made offline).
  let arrived: CopyRecord[] = [];
  let carryPending = false;
  let arrivedForCarrying: CopyRecord[] = [];
  let stopped = false;
  const onRecords = (event: Y.YMapEvent<CopyRecord>) => {
    for (const [key, change] of event.changes.keys) {
      const record = records.get(key);
      if (change.action !== 'add' || !record || !isRecord(record)) continue;
      graph.add(record);
      if (!event.transaction.local) arrived.push(record);
    }
  };
  const onTransaction = (transaction: Y.Transaction) => {
    const copied = recordCopies(transaction);
    // What the person deleted by hand: the editor's own edits, leaving out characters they moved into a copy.
    if (transaction.local && transaction.origin != null && transaction.deleteSet.clients.size > 0) {
      ownDeletions.add(transaction.deleteSet, copied);
    }
    if (arrived.length === 0) return;
    const news = arrived;
    arrived = [];
    remove([
      ...duplicateLosers(doc, graph, graph.claimedTwice()),
      ...ownDeletions.copiesToDelete(news, graph),
    ]);
    // Carrying inserts text, and the editor reads what the arriving change inserted from the document when it
    // commits its update, after this: carried words written now would show there twice. So it waits for that.
    arrivedForCarrying.push(...news);
    if (!carryPending) {
      carryPending = true;
      setTimeout(() => {
        carryPending = false;
        const toCarry = arrivedForCarrying;
        arrivedForCarrying = [];
        if (!stopped) carryOwnTyping(doc, graph, toCarry);
      }, 0);
    }
  };
  doc.on('afterTransaction', onTransaction);
  records.observe(onRecords);
  return () => {
    stopped = true;
    doc.off('afterTransaction', onTransaction);
    records.unobserve(onRecords);
  };
}
