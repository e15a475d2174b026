// Moving blocks in a shared draft without losing what someone types in them at that moment. Yjs has no move: a
// move deletes the blocks and inserts copies, and keystrokes that reach a replica after the deletion land in the
// deleted original and vanish. The mover records each move (which copy stands for which original, and what the
// mover had seen, draft-move-records.ts); the relay, which sees every update in one order, reads that record,
// keeps the originals from garbage collection while the record is kept (someone may be offline for days), and
// re-types into each copy, after the same character, what the original holds that the mover had not seen and
// whatever lands in the original afterwards: typing (text, embeds, new inline nodes) and property changes, not
// deletions (nothing is lost, the text stays). Exactly once: only as a unit first reaches the relay (never as the
// stored document loads), never the relay's own writes.
import * as Y from 'yjs';
import {
  type DraftMove,
  definedMovesMap,
  keptMoves,
  laterCopy,
  MAX_HOPS,
  MOVE_RETENTION_MS,
  movesRecordedIn,
  recordedCopies,
} from './draft-move-records';
import {
  type Alignment,
  align,
  blockItem,
  copyProperty,
  enclosing,
  forwardedValue,
  insertInto,
  newItems,
  type Run,
  type SharedType,
} from './draft-move-units';

type UnitId = { client: number; clock: number };

const unitKey = (client: number, clock: number) => `${client}:${clock}`;
const everyUnit = () => true;

export interface MoveFollowingOptions {
  /** Runs the forwarding edit as one transaction (the relay writes under its own client id). */
  write(change: () => void): void;
  /** Whether typing that arrives in this transaction is forwarded (not the relay's own or a peer relay's). */
  forwards(transaction: Y.Transaction): boolean;
  /** Told of a failure to forward; the update that triggered it is applied and shared all the same. */
  onError?: (error: unknown) => void;
  /** How long after it was made a move is followed (MOVE_RETENTION_MS unless a test says otherwise). */
  retentionMs?: number;
  now?: () => number;
}

/**
 * Follows moves in `doc`'s draft and forwards late typing into the copies; returns the function that stops.
 * Started before the stored state is applied, it follows the moves that state records again (forwarding nothing:
 * that is in the copies already), and keeps their originals from garbage collection as they load.
 */
export function followDraftMoves(doc: Y.Doc, options: MoveFollowingOptions): () => void {
  const retentionMs = options.retentionMs ?? MOVE_RETENTION_MS;
  const now = options.now ?? Date.now;
  /** Each moved original (and every type inside it) and its copy. */
  const copies = new Map<SharedType, SharedType>();
  /** Each character or embed of an original, and the one that stands for it in the copy. */
  const units = new Map<string, UnitId>();
  /** The top-level originals kept from garbage collection, so late typing into them keeps its content, and until when. */
  const kept = new Map<SharedType, number>();
  /** Originals followed again, not yet lined up with their copies (see alignFollowedAgain). */
  const pending = new Set<SharedType>();
  /** Older clients' records carry no time: followed from their arrival, while the room stays loaded. */
  const unstamped: DraftMove[] = [];
  let nextExpiry = Number.POSITIVE_INFINITY;
  let stopped = false;

  const isKept = (item: Y.Item): boolean =>
    kept.size > 0 &&
    ((item.content instanceof Y.ContentType && kept.has(item.content.type)) ||
      enclosing(item.parent as SharedType, (type) => kept.has(type)) !== null);
  // Defined as a map before any update names it, so the transaction that brings the first record lists it.
  definedMovesMap(doc);
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
        missing.push(
          ...pair(
            align(from.item.content.type, alignment.visible, to.item.content.type, alignment.copyVisible),
          ),
        );
      }
    }
    return missing;
  };

  /**
   * The block a copy stands in now. A mover who was offline sends moves of a copy together with the move that
   * made it, and its replica has collected that copy's content by then: the copy's own later copy stands in.
   */
  const lastCopy = (client: number, clock: number) => {
    const copy = blockItem(doc, client, clock);
    if (copy) return copy;
    copyIndex ??= recordedCopies(doc);
    return laterCopy(copyIndex, client, clock, (laterClient, laterClock) =>
      blockItem(doc, laterClient, laterClock),
    );
  };
  /** recordedCopies(doc), read once per transaction and only when a copy is missing. */
  let copyIndex: Map<string, [number, number]> | null = null;

  /**
   * Follows one recorded move (see recordDraftMove): pairs each deleted original with its copy and keeps the
   * original. When `transaction` is the move itself arriving, the copy holds what the mover saw, and the
   * original's units the mover had not seen (typing the relay had and the mover not yet) go to `missing`, to
   * be forwarded like later typing. Otherwise (the document loading, a window ending) the copy already holds
   * all that, forwarded before, and only the pairing is rebuilt. Originals paired here go to `paired`.
   */
  const follow = (
    move: DraftMove,
    transaction: Y.Transaction | null,
    paired: Set<SharedType>,
    missing: Run[],
  ) => {
    // An older client's record carries no time: it is followed from the move arriving, and only then.
    const at = move.at ?? now();
    // A time ahead of the relay's clock counts as now, so a wrong clock cannot keep originals for longer.
    const expires = Math.min(at, now()) + retentionMs;
    if (expires <= now()) return;
    let followed = false;
    const seen = (item: Y.Item, offset: number) =>
      item.id.clock + offset < (move.seen.get(item.id.client) ?? 0);
    const isNew = (item: Y.Item) =>
      transaction !== null && item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
    for (const [originalClient, originalClock, copyClient, copyClock] of move.blocks) {
      const original = blockItem(doc, originalClient, originalClock);
      const copy = lastCopy(copyClient, copyClock);
      if (!original || !copy || !original.deleted) continue;
      const type = original.content.type;
      const live =
        transaction !== null &&
        !isNew(original) &&
        Y.isDeleted(transaction.deleteSet, original.id) &&
        isNew(copy);
      if (!live && move.at === null) continue;
      if (live) {
        // What each side held as the move was made (a copy moved on in the same update counts as it was).
        const visible = (item: Y.Item) => !item.deleted || Y.isDeleted(transaction.deleteSet, item.id);
        for (const run of pair(align(type, visible, copy.content.type, visible))) {
          for (let offset = run.from; offset < run.to; offset++) {
            if (seen(run.item, offset)) continue;
            const last = missing.at(-1);
            if (last && last.item === run.item && last.to === offset) last.to++;
            else missing.push({ item: run.item, from: offset, to: offset + 1 });
          }
        }
      } else {
        // Lined up when typing first lands in it (alignFollowedAgain): a room loads without reading every original.
        pending.add(type);
        copies.set(type, copy.content.type);
      }
      if (transaction && (live || !kept.has(type))) paired.add(type);
      kept.set(type, Math.max(kept.get(type) ?? 0, expires));
      nextExpiry = Math.min(nextExpiry, expires);
      followed = true;
    }
    if (followed && move.at === null) unstamped.push({ ...move, at });
  };

  /**
   * Lines up an original followed again (after a load or a window's end) with the copy that stands for it now
   * (its copy's copy when that was moved on too), every unit on both sides: what was forwarded before is there.
   */
  const alignFollowedAgain = (original: SharedType) => {
    if (!pending.delete(original)) return;
    const copy = currentCopy(original);
    if (copy) pair(align(original, everyUnit, copy, everyUnit));
  };

  /** A move's window ended: follow again only the moves still in theirs, and let the rest be collected. */
  const expire = () => {
    copies.clear();
    units.clear();
    kept.clear();
    pending.clear();
    nextExpiry = Number.POSITIVE_INFINITY;
    const stillUnstamped = unstamped.splice(0).filter((move) => (move.at ?? 0) + retentionMs > now());
    for (const move of [...keptMoves(doc), ...stillUnstamped]) follow(move, null, new Set(), []);
    unstamped.push(...stillUnstamped);
    // Garbage collection runs only on what a transaction deletes; the released originals were deleted long ago.
    setTimeout(() => {
      if (!stopped && doc.gc) Y.tryGc(Y.createDeleteSetFromStructStore(doc.store), doc.store, doc.gcFilter);
    }, 0);
  };

  /** The copy that stands for `type` now: its copy's copy, and so on, when the copy was moved on since. */
  const currentCopy = (type: SharedType): SharedType | undefined => {
    let copy = copies.get(type);
    for (
      let next = copy && copies.get(copy), hops = 0;
      next && hops < MAX_HOPS;
      next = copies.get(next), hops++
    ) {
      copy = next;
    }
    return copy;
  };

  /** Where in `copy` the unit just after the last forwarded or copied unit before `offset` in `item` stands. */
  const indexAfter = (item: Y.Item, offset: number, copy: SharedType): number => {
    for (let left: Y.Item | null = item, last = offset - 1; left !== null; left = left.left) {
      for (let at = left === item ? last : left.length - 1; at >= 0; at--) {
        // Through every move since: the unit that stands for it in the copy, in that copy's copy, and so on.
        let target = units.get(unitKey(left.id.client, left.id.clock + at));
        for (let hops = 0; target && hops < MAX_HOPS; hops++) {
          const position = Y.createAbsolutePositionFromRelativePosition(
            Y.createRelativePositionFromJSON({ item: target, assoc: -1 }),
            doc,
          );
          if (position && position.type === copy) return position.index;
          target = units.get(unitKey(target.client, target.clock));
        }
      }
      last = -1;
    }
    return 0;
  };

  /** Types units `from` to `to` of `item` (in an original) into its copy, after the unit that preceded them. */
  const forward = ({ item, from, to }: Run) => {
    const copy = currentCopy(item.parent as SharedType);
    if (!copy) return;
    if (item.parentSub !== null) return copyProperty(item, copy, item.parentSub);
    const value = forwardedValue(item, from, to);
    if (value === undefined) return;
    const index = indexAfter(item, from, copy);
    // What this edit inserts first gets the next clock of the client writing it.
    const first = Y.createID(doc.clientID, Y.getState(doc.store, doc.clientID));
    if (!insertInto(copy, index, value)) return;
    for (let offset = from; offset < to; offset++) {
      units.set(unitKey(item.id.client, item.id.clock + offset), {
        client: first.client,
        clock: first.clock + offset - from,
      });
    }
    if (item.content instanceof Y.ContentType && value instanceof Y.AbstractType) {
      pair(align(item.content.type, () => true, value));
    }
  };

  const onTransaction = (transaction: Y.Transaction) => {
    copyIndex = null;
    if (now() >= nextExpiry) expire();
    if (transaction.origin === FORWARDING) return;
    const moved = new Set<SharedType>();
    const missing: Run[] = [];
    for (const move of movesRecordedIn(doc, transaction)) follow(move, transaction, moved, missing);
    if (copies.size === 0 || !options.forwards(transaction)) return;
    // Every kept original paired just now (the stored document loading): nothing in them is late.
    const late = (moved.size === kept.size ? [] : newItems(doc, transaction))
      .filter((item) => {
        // Only typing inside a kept original (not one this very transaction moved) costs anything more.
        const original = enclosing(item.parent as SharedType, (type) => kept.has(type));
        if (!original || moved.has(original)) return false;
        alignFollowedAgain(original);
        return copies.has(item.parent as SharedType);
      })
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
    stopped = true;
    doc.off('afterTransaction', guarded);
    doc.gcFilter = previousFilter;
  };
}

/** Origin of the forwarding edit when `write` does not start its own transaction (nested, it keeps the outer). */
const FORWARDING = Symbol('move forwarding');
