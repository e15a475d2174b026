// Which server did better round by round. The two servers' rounds alternate, so round i of each ran side by side
// on the same machine, and one pair shares that moment's load. A ratio of medians moves by tens of percent from
// run to run on a shared machine; counting the pairs in which ours was lower, and asking how often a split at
// least that uneven would come up if the two servers were level (the sign test), says whether a ratio just under
// or over 1.00 means anything.

export interface PairedRounds {
  /** Pairs in which ours measured lower (better: every compared figure is a time, a cost or a size). */
  oursLower: number;
  referenceLower: number;
  ties: number;
  /**
   * Two-sided sign test: the chance of a split at least this uneven between two servers that are level (ties
   * left out). Under 0.05, one of them is ahead; well above it, this run cannot tell them apart.
   */
  pValue: number;
}

/** Pairs round i of `ours` with round i of `reference`; rounds beyond the shorter list are left out. */
export function pairedRounds(ours: number[], reference: number[]): PairedRounds {
  const pairs = Math.min(ours.length, reference.length);
  let oursLower = 0;
  let referenceLower = 0;
  for (let index = 0; index < pairs; index += 1) {
    const [mine, theirs] = [ours[index] as number, reference[index] as number];
    if (mine < theirs) oursLower += 1;
    else if (theirs < mine) referenceLower += 1;
  }
  return {
    oursLower,
    referenceLower,
    ties: pairs - oursLower - referenceLower,
    pValue: signTest(oursLower, referenceLower),
  };
}

/** Exact two-sided binomial test of `wins` against `losses` at even odds. */
function signTest(wins: number, losses: number): number {
  const trials = wins + losses;
  const fewer = Math.min(wins, losses);
  // P(X <= fewer) for X ~ Binomial(trials, 1/2), summing C(trials, k) / 2^trials term by term.
  let term = 0.5 ** trials;
  let tail = term;
  for (let k = 1; k <= fewer; k += 1) {
    term = (term * (trials - k + 1)) / k;
    tail += term;
  }
  return Math.min(1, 2 * tail);
}
