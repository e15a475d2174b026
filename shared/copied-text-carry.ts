// Typing that lands behind moved text follows it. Someone presses Enter while someone else types a word further on
// in the same paragraph: the Enter copies the rest of the paragraph into a new one (copied-text-records.ts), and
// Yjs keeps the typed word after the character it was typed after, which the Enter deleted from the first
// paragraph, so the word stayed behind at the end of the first paragraph. The typist's own replica can tell: its
// word's left neighbour (the Yjs `origin` it was typed after) is deleted, and a copy record names that neighbour's
// living copy. It then moves its word there, as its own edit that the others receive. Only plain text is carried,
// and only the typist's own (no other replica moves someone else's words); suggestions and inline elements stay.
import * as Y from 'yjs';
import type { CopyGraph } from './copied-text-graph';
import { type CopyRecord, itemAt, livingItemAt } from './copied-text-records';

/** The origin of the carrying edits: the Lexical binding reflects it into the editor like a remote change. */
export const CARRY_ORIGIN = { name: 'copied-text-carry' } as const;

type Char = { item: Y.Item; offset: number };

function living(doc: Y.Doc, client: number, clock: number): Char | null {
  const item = livingItemAt(doc, client, clock);
  return item ? { item, offset: clock - item.id.clock } : null;
}

/** How far back past deleted characters the neighbour a word was typed after is looked for. */
const LOOK_BACK = 10_000;

/**
 * Where a word typed after the character `origin` now belongs: the living copy of the nearest character at or
 * before `origin` that was moved. Yjs types after the last character before the caret, deleted ones included (a
 * word typed where words were just deleted follows them), so deleted characters nobody copied are passed over. None
 * when the nearest living character is still in place: the word is where it was typed.
 */
function movedNeighbour(doc: Y.Doc, graph: CopyGraph, origin: Y.ID): Char | null {
  let item: Y.Item | null = itemAt(doc, origin.client, origin.clock);
  let clock = origin.clock;
  for (let steps = 0; item instanceof Y.Item && steps < LOOK_BACK; steps++) {
    if (!item.deleted) return null;
    if (item.countable) {
      const copies = graph
        .descendants(item.id.client, clock)
        .map(([client, copyClock]) => living(doc, client, copyClock))
        .filter(
          (char): char is Char => char !== null && isBlockText(char.item.parent as Y.AbstractType<unknown>),
        );
      const last = copies[copies.length - 1];
      if (last) return last;
    }
    if (clock > item.id.clock) clock -= 1;
    else {
      item = item.left;
      if (item) clock = item.id.clock + item.length - 1;
    }
  }
  return null;
}

/** Where a character is in its parent text, counted as Y.Text counts (characters and embeds). */
function indexOf({ item, offset }: Char): number {
  let index = offset;
  for (let at = (item.parent as Y.AbstractType<unknown>)._start; at !== null && at !== item; at = at.right) {
    if (!at.deleted && at.countable) index += at.length;
  }
  return index;
}

/**
 * Whether this text is a block's own text (a paragraph, heading, quote…), not an inline element's: typing is carried
 * only from a block into a block, as an Enter moves it; text struck into a suggestion is no place to type into.
 */
function isBlockText(type: Y.AbstractType<unknown> | null): boolean {
  const holder = type?._item?.parent;
  return type instanceof Y.XmlText && holder instanceof Y.XmlText && holder._item === null;
}

const isOwnText = (item: Y.Item | null, client: number): item is Y.Item =>
  item !== null && !item.deleted && item.id.client === client && item.content instanceof Y.ContentString;

interface Carry {
  run: Y.Item[];
  /** The living copy of the character the run was typed after. */
  after: Char;
}

/** What a record's maker had seen of `client`. */
function seenOf(record: CopyRecord, client: number): number {
  const seen = Array.isArray(record.seen) ? record.seen : [];
  for (let at = 0; at + 1 < seen.length; at += 2) if (seen[at] === client) return seen[at + 1] as number;
  return 0;
}

/** The block text a record copied from, if its first original is still there (deleted, not collected). */
function sourceBlock(doc: Y.Doc, record: CopyRecord): Y.AbstractType<unknown> | null {
  const [client, clock] = record.from as [number, number];
  const parent = (itemAt(doc, client, clock)?.parent as Y.AbstractType<unknown> | undefined) ?? null;
  return isBlockText(parent) ? parent : null;
}

/**
 * This replica's typing in the blocks the arriving records copied from, that the records' makers had not seen,
 * typed after a character they moved: each run and where it goes.
 */
function strandedTyping(doc: Y.Doc, graph: CopyGraph, arrived: CopyRecord[]): Carry[] {
  const own = doc.clientID;
  const carries: Carry[] = [];
  const taken = new Set<Y.Item>();
  for (const record of arrived) {
    if (!record.seen) continue;
    const seen = seenOf(record, own);
    const block = sourceBlock(doc, record);
    const unseen = (item: Y.Item | null): item is Y.Item => isOwnText(item, own) && item.id.clock >= seen;
    for (let first = block?._start ?? null; first !== null; first = first.right) {
      if (!unseen(first) || taken.has(first)) continue;
      // The run: this item and the unseen own text next to it, passing over own letters typed and deleted again.
      // Lexical writes typing as the shortest change ("s" typed before "shelters" goes after its first "s"), so
      // a word's letters need not each follow the one before: they go together, as they read.
      const run = [first];
      for (let next = first.right; next !== null; next = next.right) {
        if (next.deleted && next.id.client === own) continue;
        if (!unseen(next)) break;
        run.push(next);
      }
      for (const item of run) taken.add(item);
      // Where it goes: after the copy of what it reads after (over deleted letters nobody copied).
      const left = first.left;
      const after = left ? movedNeighbour(doc, graph, left.lastId) : null;
      if (after) carries.push({ run, after });
    }
  }
  return carries;
}

/**
 * Moves this replica's typing that the arriving copy records' makers had not seen, and that was typed after a
 * character they moved, after that character's copy; returns how many runs.
 */
export function carryOwnTyping(doc: Y.Doc, graph: CopyGraph, arrived: CopyRecord[]): number {
  const carries = strandedTyping(doc, graph, arrived);
  if (carries.length === 0) return 0;
  doc.transact(() => {
    // Each carry splits items the later ones may point into: characters are found again by their ids each time.
    const texts = carries.map(({ run }) => run.map((item) => (item.content as Y.ContentString).str).join(''));
    const starts = carries.map(({ run }) => (run[0] as Y.Item).id);
    const targets = carries.map(({ after }) =>
      Y.createID(after.item.id.client, after.item.id.clock + after.offset),
    );
    carries.forEach((_, at) => {
      const text = texts[at] as string;
      const start = starts[at] as Y.ID;
      const source = living(doc, start.client, start.clock);
      if (source) (source.item.parent as Y.Text).delete(indexOf(source), text.length);
      const target = targets[at] as Y.ID;
      const after = living(doc, target.client, target.clock);
      if (after) (after.item.parent as Y.Text).insert(indexOf(after) + 1, text);
    });
  }, CARRY_ORIGIN);
  return carries.length;
}
