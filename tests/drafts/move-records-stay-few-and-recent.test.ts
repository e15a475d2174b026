// The records of moves live in the draft itself, so the document must not grow with every move ever made: each
// new move drops records older than 30 days and keeps at most the newest 200.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  DRAFT_MOVES,
  keptMoves,
  MAX_MOVE_RECORDS,
  MOVE_RETENTION_MS,
  recordDraftMove,
} from '../../shared/draft-move-records';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Moves one block of `doc`'s list to its end, as a copy, and records it at `now`. */
function moveFirstBlock(doc: Y.Doc, now: number): void {
  const blocks = doc.getArray<Y.XmlText>('blocks');
  doc.transact(() => {
    const original = blocks.get(0);
    const copy = new Y.XmlText(original.toString());
    blocks.push([copy]);
    blocks.delete(0, 1);
    recordDraftMove(doc, [[original, copy]], now);
  });
}

function draftOfBlocks(count: number): Y.Doc {
  const doc = new Y.Doc();
  doc
    .getArray<Y.XmlText>('blocks')
    .push(Array.from({ length: count }, (_, index) => new Y.XmlText(`Block ${index}`)));
  return doc;
}

describe('the move records a draft keeps', () => {
  it('drops records older than the window at the next move', () => {
    const doc = draftOfBlocks(3);
    const start = Date.now();
    moveFirstBlock(doc, start);
    moveFirstBlock(doc, start + DAY_MS);
    expect(keptMoves(doc)).toHaveLength(2);
    moveFirstBlock(doc, start + MOVE_RETENTION_MS + DAY_MS / 2);
    expect(keptMoves(doc).map((move) => move.at)).toEqual([
      start + MOVE_RETENTION_MS + DAY_MS / 2,
      start + DAY_MS,
    ]);
  });

  it('keeps only the newest records, however many moves are made', () => {
    const doc = draftOfBlocks(MAX_MOVE_RECORDS + 20);
    const start = Date.now();
    for (let move = 0; move < MAX_MOVE_RECORDS + 20; move++) moveFirstBlock(doc, start + move);
    const kept = keptMoves(doc);
    expect(kept).toHaveLength(MAX_MOVE_RECORDS);
    expect(kept[0]?.at).toBe(start + MAX_MOVE_RECORDS + 19);
    // Plus the one entry older relays read, which each move overwrites.
    expect(doc.getMap(DRAFT_MOVES).size).toBe(MAX_MOVE_RECORDS + 1);
  });

  it('records what the mover had seen only for the clients whose items were in the moved blocks', () => {
    const doc = draftOfBlocks(2);
    const other = new Y.Doc();
    other.getText('notes').insert(0, 'Elsewhere');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    moveFirstBlock(doc, Date.now());
    const [move] = keptMoves(doc);
    expect([...(move?.seen.keys() ?? [])]).toEqual([doc.clientID]);
  });
});
