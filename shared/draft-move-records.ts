// The record of each move of blocks in a shared draft, kept in the document itself (the `draftMoves` map) so the
// relay can follow a move for as long as someone may still be offline with typing for the moved blocks: the
// national officers this is for work offline for days. A record says which copy stands for which original
// block, what the mover had seen, and when; records are pruned by the mover by age and count, so the map stays
// small. Read by draft-move-forwarding.ts.
import * as Y from 'yjs';
import { z } from 'zod';
import type { SharedType } from './draft-move-units';

/** The top-level map the records are kept in. */
export const DRAFT_MOVES = 'draftMoves';
/** The one entry older clients overwrite with each move; new clients keep it too, for relays that read only it. */
const LAST_MOVE = 'last';
/** How long the relay follows a move: the longest time someone can type offline and still have it land. */
export const MOVE_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;
/** At most this many records are kept (the newest), whatever their age. */
export const MAX_MOVE_RECORDS = 200;

const clockPair = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
const storedRecord = z.object({
  /** Per moved block: [original client, original clock, copy client, copy clock]. */
  blocks: z.array(z.unknown()),
  /** The mover's state vector, for the clients whose items were in the moved blocks (others count as 0). */
  seen: z.array(z.unknown()),
  /** When the move was made (the mover's clock, ms); absent in older clients' records. */
  at: z.number().optional(),
  /** The key of the same record under its own id (set in the `last` entry by clients that keep both). */
  id: z.string().optional(),
});
type StoredRecord = z.infer<typeof storedRecord>;

/** One move as the relay follows it. */
export interface DraftMove {
  key: string;
  blocks: [originalClient: number, originalClock: number, copyClient: number, copyClock: number][];
  seen: Map<number, number>;
  /** When it was made, or null for an older client's record (followed from its arrival, not after a reload). */
  at: number | null;
}

const isBlock = (entry: unknown): entry is DraftMove['blocks'][number] =>
  Array.isArray(entry) && entry.length === 4 && entry.every(Number.isInteger);

function readRecord(key: string, value: unknown): DraftMove | null {
  const parsed = storedRecord.safeParse(value);
  if (!parsed.success) return null;
  // A `last` entry that repeats a record kept under its id is that record.
  if (key === LAST_MOVE && parsed.data.id !== undefined) return null;
  const seen = parsed.data.seen.flatMap((pair) => {
    const read = clockPair.safeParse(pair);
    return read.success ? [read.data] : [];
  });
  return {
    key,
    blocks: parsed.data.blocks.filter(isBlock),
    seen: new Map(seen),
    at: parsed.data.at ?? null,
  };
}

/** The map of records (Yjs defines a top-level type on first use). */
export const definedMovesMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(DRAFT_MOVES);
const movesMap = definedMovesMap;

/** The records this transaction wrote (a move arriving, or the whole document being loaded). */
export function movesRecordedIn(doc: Y.Doc, transaction: Y.Transaction): DraftMove[] {
  const moves = movesMap(doc);
  const keys = transaction.changed.get(moves as SharedType);
  if (!keys) return [];
  return [...keys].flatMap((key) => {
    const record = key === null ? null : readRecord(key, moves.get(key));
    return record ? [record] : [];
  });
}

/** Every record in the document with a time, newest first. */
export function keptMoves(doc: Y.Doc): DraftMove[] {
  const records: DraftMove[] = [];
  movesMap(doc).forEach((value, key) => {
    const record = readRecord(key, value);
    if (record && record.at !== null) records.push(record);
  });
  return records.sort((a, b) => (b.at ?? 0) - (a.at ?? 0));
}

/** Each recorded block ("client:clock") and the block it was copied into. */
export function recordedCopies(doc: Y.Doc): Map<string, [client: number, clock: number]> {
  const copies = new Map<string, [number, number]>();
  for (const move of keptMoves(doc)) {
    for (const [client, clock, copyClient, copyClock] of move.blocks)
      copies.set(`${client}:${clock}`, [copyClient, copyClock]);
  }
  return copies;
}

/** Bounds following a copy's copy: records come from clients, and a loop among them must not hang the relay. */
export const MAX_HOPS = 1000;

/** The first block along the chain of recorded copies after ("client:clock") that `find` finds, if any. */
export function laterCopy<T>(
  copies: Map<string, [client: number, clock: number]>,
  client: number,
  clock: number,
  find: (client: number, clock: number) => T | null,
): T | null {
  let next = copies.get(`${client}:${clock}`);
  for (let hops = 0; next && hops < MAX_HOPS; hops++, next = copies.get(`${next[0]}:${next[1]}`)) {
    const found = find(...next);
    if (found) return found;
  }
  return null;
}

/** The clients whose items are in `type` or anything inside it, deleted or not. */
function clientsWithin(type: SharedType, into: Set<number>): Set<number> {
  const note = (item: Y.Item | null) => {
    if (!item) return;
    into.add(item.id.client);
    if (item.content instanceof Y.ContentType) clientsWithin(item.content.type, into);
  };
  for (let item = type._start; item !== null; item = item.right) note(item);
  for (const item of type._map.values()) {
    for (let entry: Y.Item | null = item; entry !== null; entry = entry.left) note(entry);
  }
  return into;
}

/**
 * Records, in the transaction that moves blocks, which original each copy stands for and what this replica had
 * seen of them, so the relay can carry into the copies whatever lands in the originals that the copies lack.
 * Prunes records older than MOVE_RETENTION_MS and beyond the newest MAX_MOVE_RECORDS.
 */
export function recordDraftMove(
  doc: Y.Doc,
  pairs: readonly [original: SharedType, copy: SharedType][],
  now: number = Date.now(),
): void {
  const blocks = pairs.flatMap(([original, copy]) =>
    original._item && copy._item
      ? [[original._item.id.client, original._item.id.clock, copy._item.id.client, copy._item.id.clock]]
      : [],
  );
  const first = pairs.find(([, copy]) => copy._item)?.[1]._item;
  if (blocks.length === 0 || !first) return;
  // Only the clients with items in the originals matter: the relay asks "had the mover seen this item of them".
  const clients = new Set<number>();
  for (const [original] of pairs) {
    if (original._item) clients.add(original._item.id.client);
    clientsWithin(original, clients);
  }
  const state = Y.decodeStateVector(Y.encodeStateVector(doc));
  const seen = [...clients].map((client) => [client, state.get(client) ?? 0]);
  const id = `${first.id.client}:${first.id.clock}`;
  const record: StoredRecord = { blocks, seen, at: now };
  const moves = movesMap(doc);
  moves.set(id, record);
  moves.set(LAST_MOVE, { ...record, id });
  const kept = keptMoves(doc);
  kept.forEach((move, index) => {
    if (index >= MAX_MOVE_RECORDS || (move.at ?? 0) < now - MOVE_RETENTION_MS) moves.delete(move.key);
  });
}
