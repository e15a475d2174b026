// Moving blocks in a shared draft without losing what someone types in them at that moment. Yjs has no move: a
// move deletes the blocks and inserts copies, and keystrokes that reach a replica after the deletion land in the
// deleted original and vanish. The mover records each move (which copy stands for which original, and what the
// mover had seen); the relay, which sees every update in one order, reads that record, keeps the originals from
// garbage collection for a grace period, and re-types into each copy, after the same character, whatever the
// original holds that the mover had not seen and whatever lands in the original afterwards. It handles typing (text, embeds, new inline nodes) and property changes;
// a deletion in an original after the move is not repeated (nothing is lost, the text stays).
import * as Y from 'yjs';
import { type Alignment, align, forwardedValue, type Run, type SharedType } from './draft-move-units';

/** How long after a move typing into the moved blocks' originals is forwarded to the copies. */
export const MOVE_FORWARDING_MS = 30_000;

type UnitId = { client: number; clock: number };

const unitKey = (client: number, clock: number) => `${client}:${clock}`;

export interface MoveFollowingOptions {
  /** Runs the forwarding edit as one transaction (the relay writes under its own client id). */
  write(change: () => void): void;
  /** Whether typing that arrives in this transaction is forwarded (not the relay's own or a peer relay's). */
  forwards(transaction: Y.Transaction): boolean;
  /** Told of a failure to forward; the update that triggered it is applied and shared all the same. */
  onError?: (error: unknown) => void;
  graceMs?: number;
  now?: () => number;
}

/** Follows moves in `doc`'s draft and forwards late typing into the copies; returns the function that stops. */
export function followDraftMoves(doc: Y.Doc, options: MoveFollowingOptions): () => void {
  const graceMs = options.graceMs ?? MOVE_FORWARDING_MS;
  const now = options.now ?? Date.now;
  /** Each moved original (and every type inside it) and its copy. */
  const copies = new Map<SharedType, SharedType>();
  /** Each character or embed of an original, and the one that stands for it in the copy. */
  const units = new Map<string, UnitId>();
  /** The top-level originals kept from garbage collection, so late typing into them keeps its content. */
  const kept = new Set<SharedType>();
  let until = 0;

  const isKept = (item: Y.Item): boolean => {
    if (kept.size === 0) return false;
    if (item.content instanceof Y.ContentType && kept.has(item.content.type)) return true;
    for (let parent = item.parent as SharedType | null; parent; parent = parentOf(parent)) {
      if (kept.has(parent)) return true;
    }
    return false;
  };
  const previousFilter = doc.gcFilter;
  doc.gcFilter = (item) => !isKept(item) && previousFilter(item);

  /** Maps each aligned unit of an original to the copy's, and returns the original's units the copy lacks. */
  const pair = (alignment: Alignment): Run[] => {
    copies.set(alignment.original, alignment.copy);
    const missing: Run[] = [...alignment.missing];
    for (const [from, to] of alignment.matches) {
      units.set(unitKey(from.item.id.client, from.item.id.clock + from.offset), {
        client: to.item.id.client,
        clock: to.item.id.clock + to.offset,
      });
      if (from.item.content instanceof Y.ContentType && to.item.content instanceof Y.ContentType) {
        missing.push(...pair(align(from.item.content.type, alignment.visible, to.item.content.type)));
      }
    }
    return missing;
  };

  /**
   * Reads the move this transaction records (see recordDraftMove): each deleted original with its new copy.
   * The copy holds what the mover saw; the original's units the mover had not seen (typing the relay had and
   * the mover not yet) are returned, to be forwarded like later typing.
   */
  const detectMoves = (transaction: Y.Transaction): { moved: Set<SharedType>; missing: Run[] } => {
    const moved = new Set<SharedType>();
    const missing: Run[] = [];
    const moves = doc.getMap<MoveRecord>(DRAFT_MOVES);
    if (!transaction.changed.has(moves as SharedType)) return { moved, missing };
    const record = moves.get(LAST_MOVE);
    if (!record || !Array.isArray(record.blocks) || !Array.isArray(record.seen)) return { moved, missing };
    const seenUpTo = new Map(record.seen.filter(isPair));
    const seen = (item: Y.Item, offset: number) =>
      item.id.clock + offset < (seenUpTo.get(item.id.client) ?? 0);
    const visible = (item: Y.Item) => !item.deleted || Y.isDeleted(transaction.deleteSet, item.id);
    const isNew = (item: Y.Item) => item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
    for (const block of record.blocks) {
      if (!Array.isArray(block) || block.length !== 4 || !block.every(Number.isInteger)) continue;
      const [originalClient, originalClock, copyClient, copyClock] = block as number[];
      const original = blockItem(doc, originalClient as number, originalClock as number);
      const copy = blockItem(doc, copyClient as number, copyClock as number);
      // Only what this very transaction moved: an original it deleted and a copy it inserted.
      if (!original || !copy || isNew(original) || !Y.isDeleted(transaction.deleteSet, original.id)) continue;
      if (!isNew(copy) || copy.deleted) continue;
      const alignment = align(original.content.type, visible, copy.content.type);
      for (const run of pair(alignment)) {
        for (let offset = run.from; offset < run.to; offset++) {
          if (seen(run.item, offset)) continue;
          const last = missing.at(-1);
          if (last && last.item === run.item && last.to === offset) last.to++;
          else missing.push({ item: run.item, from: offset, to: offset + 1 });
        }
      }
      kept.add(original.content.type);
      moved.add(original.content.type);
      until = now() + graceMs;
    }
    return { moved, missing };
  };

  /** Where in `copy` the unit just after the last forwarded or copied unit before `offset` in `item` stands. */
  const indexAfter = (item: Y.Item, offset: number, copy: SharedType): number => {
    for (let left: Y.Item | null = item, last = offset - 1; left !== null; left = left.left) {
      for (let at = left === item ? last : left.length - 1; at >= 0; at--) {
        const target = units.get(unitKey(left.id.client, left.id.clock + at));
        if (!target) continue;
        const position = Y.createAbsolutePositionFromRelativePosition(
          Y.createRelativePositionFromJSON({ item: target, assoc: -1 }),
          doc,
        );
        if (position && position.type === copy) return position.index;
      }
      last = -1;
    }
    return 0;
  };

  const forwardProperty = (item: Y.Item, copy: SharedType, key: string) => {
    if (item.right !== null) return; // overwritten in the same update
    const value = item.content.getContent().at(-1);
    if (value instanceof Y.AbstractType) return;
    if (copy instanceof Y.Map) copy.set(key, value);
    else if (copy instanceof Y.XmlText || copy instanceof Y.XmlElement)
      copy.setAttribute(key, value as string);
  };

  /** Types units `from` to `to` of `item` (in an original) into its copy, after the unit that preceded them. */
  const forward = ({ item, from, to }: Run) => {
    const copy = copies.get(item.parent as SharedType);
    if (!copy) return;
    if (item.parentSub !== null) return forwardProperty(item, copy, item.parentSub);
    const value = forwardedValue(item, from, to);
    if (value === undefined) return;
    const index = indexAfter(item, from, copy);
    if (copy instanceof Y.XmlText) {
      if (typeof value === 'string') copy.insert(index, value);
      else copy.insertEmbed(index, value as Y.XmlText);
    } else if (
      copy instanceof Y.XmlElement &&
      (value instanceof Y.XmlElement || value instanceof Y.XmlText)
    ) {
      copy.insert(index, [value]);
    } else return;
    const first = Y.createRelativePositionFromTypeIndex(copy, index).item;
    if (!first) return;
    for (let offset = from; offset < to; offset++) {
      units.set(unitKey(item.id.client, item.id.clock + offset), {
        client: first.client,
        clock: first.clock + offset - from,
      });
    }
    if (item.content instanceof Y.ContentType && value instanceof Y.AbstractType) {
      pair(align(item.content.type, () => true, value));
    }
    // The copy was itself moved since: what just landed in it goes on to its own copy.
    const landed = Y.getItem(doc.store, first);
    if (copies.has(copy) && landed instanceof Y.Item) forward({ item: landed, from: 0, to: landed.length });
  };

  const onTransaction = (transaction: Y.Transaction) => {
    if (until !== 0 && now() > until) {
      copies.clear();
      units.clear();
      kept.clear();
      until = 0;
    }
    if (transaction.origin === FORWARDING) return;
    const { moved, missing } = detectMoves(transaction);
    if (copies.size === 0 || !options.forwards(transaction)) return;
    const late = newItems(doc, transaction)
      .filter((item) => copies.has(item.parent as SharedType) && !insideAny(item.parent as SharedType, moved))
      .map((item) => ({ item, from: 0, to: item.length }));
    const runs = [...missing, ...late];
    if (runs.length === 0) return;
    options.write(() => {
      doc.transact(() => {
        for (const run of runs) forward(run);
      }, FORWARDING);
    });
  };
  // An exception here would surface in the Y.applyUpdate that brought the update, and the relay would refuse it.
  const guarded = (transaction: Y.Transaction) => {
    try {
      onTransaction(transaction);
    } catch (error) {
      options.onError?.(error);
    }
  };
  doc.on('afterTransaction', guarded);
  return () => {
    doc.off('afterTransaction', guarded);
    doc.gcFilter = previousFilter;
  };
}

/** The top-level map a move is recorded in, overwritten by each move (so it holds one record, not a history). */
export const DRAFT_MOVES = 'draftMoves';
const LAST_MOVE = 'last';

/** A move as the mover records it: [original client, clock, copy client, clock] per block, and its state vector. */
interface MoveRecord {
  blocks: unknown[];
  seen: unknown[];
}

const isPair = (entry: unknown): entry is [number, number] =>
  Array.isArray(entry) && entry.length === 2 && entry.every(Number.isInteger);

/**
 * Records, in the transaction that moves blocks, which original each copy stands for and what this replica had
 * seen, so the relay can carry into the copies whatever lands in the originals that the copies lack.
 */
export function recordDraftMove(
  doc: Y.Doc,
  pairs: readonly [original: SharedType, copy: SharedType][],
): void {
  const blocks = pairs.flatMap(([original, copy]) =>
    original._item && copy._item
      ? [[original._item.id.client, original._item.id.clock, copy._item.id.client, copy._item.id.clock]]
      : [],
  );
  if (blocks.length === 0) return;
  const seen = [...Y.decodeStateVector(Y.encodeStateVector(doc)).entries()];
  doc.getMap<MoveRecord>(DRAFT_MOVES).set(LAST_MOVE, { blocks, seen });
}

/** The item of a top-level block holding a shared type, found by its id. */
function blockItem(doc: Y.Doc, client: number, clock: number): (Y.Item & { content: Y.ContentType }) | null {
  try {
    const item = Y.getItem(doc.store, Y.createID(client, clock));
    return item instanceof Y.Item && item.content instanceof Y.ContentType && item.id.clock === clock
      ? (item as Y.Item & { content: Y.ContentType })
      : null;
  } catch {
    return null; // an id this document has not seen
  }
}

/** Origin of the forwarding edit when `write` does not start its own transaction (nested, it keeps the outer). */
const FORWARDING = Symbol('move forwarding');

const parentOf = (type: SharedType): SharedType | null =>
  type._item ? (type._item.parent as SharedType | null) : null;

function insideAny(type: SharedType, originals: ReadonlySet<SharedType>): boolean {
  if (originals.size === 0) return false;
  for (let current: SharedType | null = type; current; current = parentOf(current)) {
    if (originals.has(current)) return true;
  }
  return false;
}

/** The items created by this transaction, in each client's clock order. */
function newItems(doc: Y.Doc, transaction: Y.Transaction): Y.Item[] {
  const found: Y.Item[] = [];
  transaction.afterState.forEach((after, client) => {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after <= before) return;
    const structs = doc.store.clients.get(client) ?? [];
    for (let index = Y.findIndexSS(structs, before); index < structs.length; index++) {
      const struct = structs[index];
      if (struct instanceof Y.Item) found.push(struct);
    }
  });
  return found;
}
