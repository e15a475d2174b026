// The bench's round-by-round comparison: who was lower in each pair, and the sign test's chance of that split.
import { describe, expect, it } from 'vitest';
import { pairedRounds } from './paired-rounds';

describe('pairedRounds', () => {
  it('counts the pairs each server measured lower in, and the ties', () => {
    const result = pairedRounds([1, 5, 3, 4], [2, 4, 3, 9]);
    expect(result).toMatchObject({ oursLower: 2, referenceLower: 1, ties: 1 });
  });

  it('gives the exact two-sided sign-test probability', () => {
    // 9 of 9: 2 × (1/2)^9. 7 of 9: 2 × (1 + 9 + 36) / 512. An even split cannot be told from level.
    expect(pairedRounds([1, 1, 1, 1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2, 2, 2, 2]).pValue).toBeCloseTo(
      2 / 512,
      10,
    );
    expect(pairedRounds([1, 1, 1, 1, 1, 1, 1, 3, 3], [2, 2, 2, 2, 2, 2, 2, 2, 2]).pValue).toBeCloseTo(
      92 / 512,
      10,
    );
    expect(pairedRounds([3, 3, 1, 1], [2, 2, 2, 2]).pValue).toBe(1);
  });

  it('is symmetric: the reference winning every pair is as unlikely as ours winning them', () => {
    const ahead = pairedRounds([1, 1, 1, 1, 1], [2, 2, 2, 2, 2]);
    const behind = pairedRounds([2, 2, 2, 2, 2], [1, 1, 1, 1, 1]);
    expect(behind.pValue).toBe(ahead.pValue);
    expect(behind).toMatchObject({ oursLower: 0, referenceLower: 5 });
  });

  it('leaves out ties and rounds one side lacks', () => {
    const result = pairedRounds([1, 2, 2, 7], [2, 2, 2]);
    expect(result).toMatchObject({ oursLower: 1, referenceLower: 0, ties: 2, pValue: 1 });
  });
});
