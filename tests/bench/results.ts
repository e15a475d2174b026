// What every bench section reports, and the table `npm run bench` prints: each figure with its unit, the median
// of its rounds and their spread (smallest–largest round), and for the relay figures the reference server's
// median and the ratio ours / reference (at most 1.0 means at least as fast or as small), and in how many of the
// side-by-side rounds ours measured lower (paired-rounds.ts).
import { median } from './clients';
import { type PairedRounds, pairedRounds } from './paired-rounds';

/** A figure measured once (headless editor timings). */
export interface Figure {
  name: string;
  unit: string;
  value: number;
}

/** A figure that is the median of rounds. */
export interface MeasuredFigure extends Figure {
  /** Smallest and largest round. */
  spread: [number, number];
}

/** A figure measured on our relay and on the reference in the same interleaved rounds. */
export interface ComparedFigure extends MeasuredFigure {
  reference: number;
  ratio: number;
  referenceSpread: [number, number];
  /** Round i of ours against round i of the reference, which ran next to it. */
  paired: PairedRounds;
}

type Result = Figure & Partial<Omit<ComparedFigure, keyof Figure>>;

/** A figure measured in rounds on one side only: the median of the rounds and their spread. */
export function measuredInRounds(name: string, unit: string, rounds: number[]): MeasuredFigure {
  return { name, unit, value: median(rounds), spread: [Math.min(...rounds), Math.max(...rounds)] };
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const rounded = (spread: [number, number]): [number, number] => [round(spread[0]), round(spread[1])];
const spreadOf = (list: number[]): [number, number] => rounded([Math.min(...list), Math.max(...list)]);

/**
 * A figure measured in the same interleaved rounds on two sides (ours and the reference, or two set-ups of ours):
 * the medians, their ratio, each side's spread, and round i of one against round i of the other.
 */
export function comparedInRounds(
  name: string,
  unit: string,
  ours: number[],
  reference: number[],
): ComparedFigure {
  const [oursMedian, referenceMedian] = [median(ours), median(reference)];
  return {
    name,
    unit,
    value: round(oursMedian),
    reference: round(referenceMedian),
    ratio: round(oursMedian / referenceMedian, 3),
    spread: spreadOf(ours),
    referenceSpread: spreadOf(reference),
    paired: pairedRounds(ours, reference),
  };
}

export class BenchResults {
  readonly figures: Result[] = [];
  readonly notes: string[] = [];

  /** A figure measured in rounds on both servers: the medians, their ratio, and each server's spread. */
  compareRounds(name: string, unit: string, ours: number[], reference: number[]): void {
    this.figures.push(comparedInRounds(name, unit, ours, reference));
  }

  /** Figures a section computed itself, rounded for the table. */
  add(figures: Result[]): void {
    for (const figure of figures) {
      this.figures.push({
        ...figure,
        value: round(figure.value),
        ...(figure.spread ? { spread: rounded(figure.spread) } : {}),
      });
    }
  }

  print(): void {
    const rows = this.figures.map((result) => [
      result.name,
      `${result.value} ${result.unit}`,
      result.reference === undefined ? '' : `${result.reference} ${result.unit}`,
      result.ratio === undefined ? '' : result.ratio.toFixed(2),
      [result.spread, result.referenceSpread]
        .filter((spread) => spread !== undefined)
        .map((spread) => `${spread[0]}–${spread[1]}`)
        .join(' | '),
      result.paired === undefined ? '' : pairsLabel(result.paired),
    ]);
    const header = [
      'benchmark',
      'commons relay',
      'reference',
      'ratio',
      'spread (ours | reference)',
      'ours lower (sign test)',
    ];
    const widths = header.map((title, column) =>
      Math.max(title.length, ...rows.map((row) => (row[column] as string).length)),
    );
    const line = (cells: string[]) =>
      cells
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column] as number) : cell.padStart(widths[column] as number),
        )
        .join('  ');
    console.log(line(header));
    console.log(widths.map((width) => '-'.repeat(width)).join('  '));
    for (const row of rows) console.log(line(row));
    for (const note of this.notes) console.log(`note: ${note}`);
    console.log(
      'ratio = commons relay / reference (@y/websocket-server 0.1.1); 1.00 or less means at least as good.',
    );
    console.log(
      'ours lower = in how many side-by-side rounds ours measured lower; p = the chance of a split at least that ' +
        'uneven if the two servers were level (under 0.05: one is ahead; above it, this run cannot tell them apart; ' +
        'it takes 6 rounds or more to get under 0.05 at all: 5 of 5 gives 0.063).',
    );
  }
}

function pairsLabel({ oursLower, referenceLower, ties, pValue }: PairedRounds): string {
  const rounds = oursLower + referenceLower + ties;
  return `${oursLower} of ${rounds}, p ${pValue < 0.001 ? '<0.001' : pValue.toFixed(3)}`;
}
