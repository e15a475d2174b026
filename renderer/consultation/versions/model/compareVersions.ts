// Compares two states of a draft block by block, then word by word inside each changed block (jsdiff), so a
// reader sees which paragraphs were added, removed or changed and exactly which words.
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { ComparedBlock } from './versionContent';

/** A run of words: kept, inserted (only in the newer text) or deleted (only in the older one). */
export interface WordChange {
  kind: 'same' | 'inserted' | 'deleted';
  text: string;
}

export type BlockStatus = 'same' | 'changed' | 'added' | 'removed';

export interface BlockComparison {
  status: BlockStatus;
  /** The block's type in the newer state (the older one's when removed). */
  type: string;
  before: string | null;
  after: string | null;
  words: WordChange[];
}

/** Word-level marks between two texts (whitespace kept, so the marks rebuild both texts exactly). */
export function wordChanges(before: string, after: string): WordChange[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    kind: part.added ? 'inserted' : part.removed ? 'deleted' : 'same',
    text: part.value,
  }));
}

/** The two texts a list of word changes stands for. */
export function textsOf(words: readonly WordChange[]): { before: string; after: string } {
  return {
    before: words
      .filter((word) => word.kind !== 'inserted')
      .map((word) => word.text)
      .join(''),
    after: words
      .filter((word) => word.kind !== 'deleted')
      .map((word) => word.text)
      .join(''),
  };
}

const sameBlock = (a: ComparedBlock, b: ComparedBlock) =>
  a.type === b.type && a.text === b.text && a.provisionId === b.provisionId;

/**
 * Aligns the blocks (longest common run of identical blocks), then pairs the removed and added blocks that sit
 * in the same gap, in order, as changed blocks with word marks; the unpaired rest are added or removed.
 */
export function compareBlocks(
  older: readonly ComparedBlock[],
  newer: readonly ComparedBlock[],
): BlockComparison[] {
  const rows: BlockComparison[] = [];
  let removed: ComparedBlock[] = [];
  let added: ComparedBlock[] = [];
  const flushGap = () => {
    const paired = Math.min(removed.length, added.length);
    for (let index = 0; index < paired; index++) {
      const before = removed[index] as ComparedBlock;
      const after = added[index] as ComparedBlock;
      rows.push({
        status: 'changed',
        type: after.type,
        before: before.text,
        after: after.text,
        words: wordChanges(before.text, after.text),
      });
    }
    for (const block of removed.slice(paired)) {
      rows.push({
        status: 'removed',
        type: block.type,
        before: block.text,
        after: null,
        words: [{ kind: 'deleted', text: block.text }],
      });
    }
    for (const block of added.slice(paired)) {
      rows.push({
        status: 'added',
        type: block.type,
        before: null,
        after: block.text,
        words: [{ kind: 'inserted', text: block.text }],
      });
    }
    removed = [];
    added = [];
  };
  for (const part of diffArrays([...older], [...newer], { comparator: sameBlock })) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else {
      flushGap();
      for (const block of part.value) {
        rows.push({
          status: 'same',
          type: block.type,
          before: block.text,
          after: block.text,
          words: [{ kind: 'same', text: block.text }],
        });
      }
    }
  }
  flushGap();
  return rows;
}
