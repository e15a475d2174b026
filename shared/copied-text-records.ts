// Which characters a local edit copied, recorded in the document so every replica can tell two copies of the same
// characters apart from two people typing the same words.
//
// Yjs cannot move characters. When Lexical moves text (Enter moves the rest of a paragraph into a new one, striking
// words moves them into a suggestion, joining two text nodes retypes the second), @lexical/yjs deletes the
// characters and inserts copies of them, in one transaction. Two people doing that to the same characters before
// either has the other's change each insert a copy: deleting is idempotent, inserting is not, so the text is there
// twice on every screen. Here, at the end of each local transaction, the characters it deleted are matched with
// the characters it inserted whose text is the same (the deleted tail of a paragraph and the text of the new one),
// and the match is written to the doc's `copies` map: which original characters (Yjs ids) each inserted character
// is a copy of. copied-text-once.ts reads those records and deletes all but one copy.
//
// The records live beside the body (not in it), so Lexical never sees them and the relay's check of a commenter's
// suggestion, which reads the body only, is unaffected.
import * as Y from 'yjs';

/** The doc's map of copy records, keyed by the first copied character's id (`client:clock`). */
export const COPIES_MAP = 'copies';

/** Ranges `[client, clock, length, ...]`: the originals in order, and their copies in the same order. */
export interface CopyRecord {
  from: number[];
  to: number[];
  /** When it was made (ms since the epoch): records go after RECORD_DAYS. */
  at?: number;
  /**
   * `[client, clock, ...]`: what the edit had seen of each client with anything in the block it copied from, so
   * a typist can tell its words typed there at the same moment (copied-text-carry.ts).
   */
  seen?: number[];
}

/** What the transaction had seen of each client with items in the block holding `item`. */
function seenIn(transaction: Y.Transaction, item: Y.Item): number[] {
  const clients = new Set<number>();
  for (let at = (item.parent as Y.AbstractType<unknown>)._start; at !== null; at = at.right)
    clients.add(at.id.client);
  return [...clients].flatMap((client) => [client, transaction.beforeState.get(client) ?? 0]);
}

/**
 * A record matters only until every copy of the document has the change it records: after that nobody can copy
 * the same characters again. A month covers a laptop that stays offline for a long while.
 */
export const RECORD_DAYS = 30;
const DAY_MS = 86_400_000;

/** One character: its Yjs id and its text (a UTF-16 unit, as Yjs counts). */
interface Char {
  client: number;
  clock: number;
  text: string;
}

const contentText = (item: Y.Item): string | null =>
  item.content instanceof Y.ContentString ? item.content.str : null;

/** The characters of `item` and, for an embedded element (or a text node's map), of everything in it. */
function collect(item: Y.Item, keep: (item: Y.Item) => boolean, into: Char[]): void {
  if (!keep(item)) return;
  const text = contentText(item);
  if (text !== null) {
    for (let at = 0; at < text.length; at++) {
      into.push({ client: item.id.client, clock: item.id.clock + at, text: text[at] as string });
    }
  } else if (item.content instanceof Y.ContentType) {
    for (let child = item.content.type._start; child !== null; child = child.right)
      collect(child, keep, into);
  }
}

/**
 * Runs of neighbouring items that `inRun` takes (items `skip` takes are passed over), each read in document order
 * (embedded elements included), starting from the items `seeds` gives whose parent is not itself in a run.
 */
function runs(
  seeds: Y.Item[],
  inRun: (item: Y.Item) => boolean,
  skip: (item: Y.Item) => boolean,
  keep: (item: Y.Item) => boolean,
): Char[][] {
  const visited = new Set<Y.Item>();
  const found: Char[][] = [];
  for (const seed of seeds) {
    const parentItem = (seed.parent as Y.AbstractType<unknown>)._item;
    if (visited.has(seed) || (parentItem !== null && inRun(parentItem))) continue;
    let start = seed;
    for (let left = seed.left; left !== null; left = left.left) {
      if (inRun(left)) start = left;
      else if (!skip(left)) break;
    }
    const chars: Char[] = [];
    for (let item: Y.Item | null = start; item !== null; item = item.right) {
      if (inRun(item)) {
        visited.add(item);
        collect(item, keep, chars);
      } else if (!skip(item)) break;
    }
    if (chars.length > 0) found.push(chars);
  }
  return found;
}

/** Calls `visit` for each `[client, clock, length]` run of a record's `from` or `to`. */
export function eachRange(
  ranges: number[],
  visit: (client: number, clock: number, length: number) => void,
): void {
  for (let at = 0; at + 2 < ranges.length; at += 3) {
    visit(ranges[at] as number, ranges[at + 1] as number, ranges[at + 2] as number);
  }
}

function toRanges(chars: Char[]): number[] {
  const ranges: number[] = [];
  for (const { client, clock } of chars) {
    const at = ranges.length - 3;
    if (
      at >= 0 &&
      ranges[at] === client &&
      (ranges[at + 1] as number) + (ranges[at + 2] as number) === clock
    ) {
      ranges[at + 2] = (ranges[at + 2] as number) + 1;
    } else ranges.push(client, clock, 1);
  }
  return ranges;
}

/** The item holding character `client:clock`, deleted or not; none when the doc lacks it or collected it. */
export function itemAt(doc: Y.Doc, client: number, clock: number): Y.Item | null {
  const structs = doc.store.clients.get(client);
  if (!structs || clock >= Y.getState(doc.store, client)) return null;
  const struct = structs[Y.findIndexSS(structs, clock)];
  return struct instanceof Y.Item ? struct : null;
}

/** The living (not deleted) item holding character `client:clock`, if there is one. */
export function livingItemAt(doc: Y.Doc, client: number, clock: number): Y.Item | null {
  const item = itemAt(doc, client, clock);
  return item && !item.deleted ? item : null;
}

function firstItem(doc: Y.Doc, chars: Char[]): Y.Item {
  const { client, clock } = chars[0] as Char;
  return itemAt(doc, client, clock) as Y.Item;
}

/** The copies a finished local transaction made: each inserted run whose text ends a deleted run. */
export function copiesMadeBy(transaction: Y.Transaction): CopyRecord[] {
  const doc = transaction.doc;
  const client = doc.clientID;
  const before = transaction.beforeState.get(client) ?? 0;
  const after = transaction.afterState.get(client) ?? 0;
  if (after === before || transaction.deleteSet.clients.size === 0) return [];
  const isNew = (item: Y.Item) => item.id.client === client && item.id.clock >= before;
  const existed = (item: Y.Item) => item.id.clock < (transaction.beforeState.get(item.id.client) ?? 0);
  const deletedNow = (item: Y.Item) =>
    item.deleted && existed(item) && Y.isDeleted(transaction.deleteSet, item.id);

  // Every item as a seed (an inserted paragraph is an embed whose characters are inside it), but no work at all
  // unless characters were both inserted and deleted.
  const hasText = (items: Y.Item[]) => items.some((item) => contentText(item) !== null);
  const ownStructs = doc.store.clients.get(client) ?? [];
  const newItems: Y.Item[] = [];
  for (let index = Y.findIndexSS(ownStructs, before); index < ownStructs.length; index++) {
    const struct = ownStructs[index];
    if (struct instanceof Y.Item && !struct.deleted) newItems.push(struct);
  }
  if (!hasText(newItems)) return [];
  const deletedItems: Y.Item[] = [];
  Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
    if (struct instanceof Y.Item && existed(struct)) deletedItems.push(struct);
  });
  if (!hasText(deletedItems)) return [];

  // Deleted runs: neighbours deleted now, passing over what was deleted earlier or inserted now.
  const deleted = runs(deletedItems, deletedNow, (item) => item.deleted || isNew(item), deletedNow);
  // Inserted runs: neighbours inserted now, passing over nothing; deleted characters in them are not copies.
  const inserted = runs(
    newItems,
    isNew,
    () => false,
    (item) => isNew(item) && !item.deleted,
  );
  // A copy is always the end of what its edit deleted: Enter copies the tail after the caret (a selection it
  // replaced comes first), a strike or a join the whole stretch; with a strike and an Enter in one edit, the tail
  // first and the struck words just before it. Matching only there keeps chance look-alikes out (select all and
  // type one letter: that letter somewhere in the deleted text is no copy of it).
  const texts = deleted.map((run) => run.map((char) => char.text).join(''));
  const left = deleted.map((run) => run.length);
  const records: CopyRecord[] = [];
  const unmatched = new Set(inserted);
  for (let progress = true; progress; ) {
    progress = false;
    for (const copy of unmatched) {
      const text = copy.map((char) => char.text).join('');
      const runIndex = texts.findIndex(
        (runText, at) => (left[at] as number) >= text.length && runText.slice(0, left[at]).endsWith(text),
      );
      if (runIndex < 0) continue;
      const end = left[runIndex] as number;
      left[runIndex] = end - text.length;
      const originals = (deleted[runIndex] as Char[]).slice(end - text.length, end);
      records.push({
        from: toRanges(originals),
        to: toRanges(copy),
        seen: seenIn(transaction, firstItem(doc, originals)),
      });
      unmatched.delete(copy);
      progress = true;
    }
  }
  return records;
}

/**
 * Writes the records of the copies a local transaction made, as one more change from the same origin; returns them.
 */
export function recordCopies(transaction: Y.Transaction): CopyRecord[] {
  // Only the editor's edits: the binding and its undo manager write with themselves as origin. Moving an article
  // (sharedProvisionMove.ts) writes with none; it copies whole articles on purpose and keeps its own records.
  if (!transaction.local || transaction.origin === null || transaction.origin === undefined) return [];
  const records = copiesMadeBy(transaction);
  if (records.length === 0) return records;
  const doc = transaction.doc;
  const map = doc.getMap<CopyRecord>(COPIES_MAP);
  const now = Date.now();
  doc.transact(() => {
    for (const record of records) map.set(`${record.to[0]}:${record.to[1]}`, { ...record, at: now });
    // Whoever records also prunes, so the map stays the size of a month of Enters.
    for (const [key, record] of map.entries()) {
      if (typeof record?.at === 'number' && record.at < now - RECORD_DAYS * DAY_MS) map.delete(key);
    }
  }, transaction.origin);
  return records;
}
