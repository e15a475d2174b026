// Moving a provision in a shared draft without losing what anyone types meanwhile. Yjs has no move: a move is a
// copy inserted and the original deleted, and typing that lands in the deleted original is gone. Swapping a
// provision with its neighbour can copy either of the two, so this copies the one nobody else's caret is in
// (the neighbour, when neither or both are), and the blocks someone types in stay where they are in Yjs. The move
// is recorded for the relay, which forwards typing that lands in the copied originals anyway (a caret not yet seen).
import * as Y from 'yjs';
import { draftBlocks, draftRoot, moveDraftBlocks } from '../../../shared/draft-content';
import { recordDraftMove } from '../../../shared/draft-move-records';
import type { MoveDirection } from './moveProvision';
import { isProvisionLevel, type ProvisionLevel } from './ProvisionHeadingNode';

/** What a move needs to know of each top-level block: whether it heads a provision, and which. */
export interface BlockOutline {
  level: ProvisionLevel | null;
  provisionId: string | null;
}

/** A run of top-level blocks: the first one's index and how many. */
export interface BlockRange {
  start: number;
  count: number;
}

/** The provision that moves and the neighbour it swaps places with. */
export interface ProvisionSwap {
  section: BlockRange;
  neighbour: BlockRange;
  direction: MoveDirection;
}

const RANK: Record<ProvisionLevel, number> = { part: 0, chapter: 1, article: 2 };
const rankAt = (blocks: readonly BlockOutline[], index: number): number | null => {
  const level = blocks[index]?.level;
  return level ? RANK[level] : null;
};

/** The heading at `start` and its body: blocks up to the next provision of the same or a higher level. */
function sectionAt(blocks: readonly BlockOutline[], start: number): BlockRange {
  const rank = rankAt(blocks, start) ?? 0;
  let end = start + 1;
  while (end < blocks.length) {
    const next = rankAt(blocks, end);
    if (next !== null && next <= rank) break;
    end++;
  }
  return { start, count: end - start };
}

/** Reads the outline of a shared draft's top-level blocks (Lexical keeps node properties as attributes). */
export function sharedOutline(root: Y.XmlText): BlockOutline[] {
  return draftBlocks(root).map((block) => {
    if (!(block instanceof Y.XmlText) || block.getAttribute('__type') !== 'provision-heading') {
      return { level: null, provisionId: null };
    }
    const level = block.getAttribute('__level');
    const provisionId = block.getAttribute('__provisionId');
    return isProvisionLevel(level) && typeof provisionId === 'string'
      ? { level, provisionId }
      : { level: null, provisionId: null };
  });
}

/**
 * Which blocks swap when the provision `provisionId` moves one place: null when there is no such provision or
 * it is already first or last within its parent (the same rule as the editor's $moveProvision).
 */
export function planProvisionSwap(
  blocks: readonly BlockOutline[],
  provisionId: string,
  direction: MoveDirection,
): ProvisionSwap | null {
  const start = blocks.findIndex((block) => block.provisionId === provisionId);
  const rank = rankAt(blocks, start);
  if (start < 0 || rank === null) return null;
  const section = sectionAt(blocks, start);
  if (direction === 'up') {
    for (let index = start - 1; index >= 0; index--) {
      const other = rankAt(blocks, index);
      if (other === null || other > rank) continue;
      return other === rank ? { section, neighbour: sectionAt(blocks, index), direction } : null;
    }
    return null;
  }
  const next = section.start + section.count;
  return rankAt(blocks, next) === rank ? { section, neighbour: sectionAt(blocks, next), direction } : null;
}

const within = (range: BlockRange, index: number) =>
  index >= range.start && index < range.start + range.count;

/**
 * Carries out the swap on the shared root, copying the neighbour unless someone else is in the provision's
 * blocks and nobody in the neighbour's (`busyBlocks`: top-level indices holding other people's carets).
 */
export function swapProvisions(
  root: Y.XmlText,
  swap: ProvisionSwap,
  busyBlocks: ReadonlySet<number>,
): [original: Y.XmlText, copy: Y.XmlText][] {
  const busy = (range: BlockRange) => [...busyBlocks].some((index) => within(range, index));
  const copyNeighbour = !busy(swap.neighbour) || busy(swap.section);
  const { section, neighbour } = swap;
  if (swap.direction === 'up') {
    return copyNeighbour
      ? moveDraftBlocks(root, neighbour.start, neighbour.count, section.start + section.count)
      : moveDraftBlocks(root, section.start, section.count, neighbour.start);
  }
  return copyNeighbour
    ? moveDraftBlocks(root, neighbour.start, neighbour.count, section.start)
    : moveDraftBlocks(root, section.start, section.count, neighbour.start + neighbour.count);
}

/** The top-level block that holds a position given relative to any type inside a draft, or null. */
export function topLevelBlockOf(doc: Y.Doc, position: Y.RelativePosition): number | null {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  const root = draftRoot(doc);
  let type: Y.AbstractType<unknown> | null = absolute?.type ?? null;
  while (type?._item && type._item.parent !== root) {
    type = type._item.parent as Y.AbstractType<unknown> | null;
  }
  if (!type?._item || type._item.deleted) return null;
  const index = draftBlocks(root).indexOf(type);
  return index >= 0 ? index : null;
}

/**
 * Moves the provision one place in the shared draft as one transaction (no origin, so Lexical's undo takes it
 * like the person's own edits and the binding brings it into the editor). Returns false when it cannot move.
 */
export function moveSharedProvision(
  doc: Y.Doc,
  provisionId: string,
  direction: MoveDirection,
  busyBlocks: ReadonlySet<number> = new Set(),
): boolean {
  const root = draftRoot(doc);
  const swap = planProvisionSwap(sharedOutline(root), provisionId, direction);
  if (!swap) return false;
  // The record tells the relay which blocks were copied and what this replica had seen of them, so typing in
  // the originals that this replica had not seen, or that arrives after the move, is carried into the copies.
  doc.transact(() => recordDraftMove(doc, swapProvisions(root, swap, busyBlocks)));
  return true;
}
