// The copy records of a document (copied-text-records.ts) as a graph both ways: from an original character to its
// copies (several when two people moved it at once, which is what copied-text-once.ts looks for), and from a copy
// to its original. Kept as ranges of Yjs ids per client, as the records are: a draft holds a record for every
// paragraph ever split, and one entry per character would cost memory for each of those characters.
import { type CopyRecord, eachRange } from './copied-text-records';

interface Entry {
  clock: number;
  length: number;
  /** Where this range's first character sits in the other side's ranges. */
  offset: number;
  ranges: number[];
}

/** Per client, ranges of characters pointing at a record's other side; ranges may overlap (that is the point). */
class RangeIndex {
  private readonly byClient = new Map<number, { entries: Entry[]; longest: number; sorted: boolean }>();

  add(ranges: number[], other: number[]): void {
    let offset = 0;
    eachRange(ranges, (client, clock, length) => {
      const list = this.byClient.get(client) ?? { entries: [], longest: 0, sorted: true };
      this.byClient.set(client, list);
      list.entries.push({ clock, length, offset, ranges: other });
      list.longest = Math.max(list.longest, length);
      list.sorted = false;
      offset += length;
    });
  }

  /** The characters this character maps to (their `[client, clock]`). */
  lookup(client: number, clock: number): Array<[number, number]> {
    const list = this.byClient.get(client);
    if (!list) return [];
    if (!list.sorted) {
      list.entries.sort((a, b) => a.clock - b.clock);
      list.sorted = true;
    }
    const { entries } = list;
    let low = 0;
    let high = entries.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((entries[middle] as Entry).clock <= clock) low = middle + 1;
      else high = middle;
    }
    const found: Array<[number, number]> = [];
    for (let at = low - 1; at >= 0; at--) {
      const entry = entries[at] as Entry;
      if (entry.clock + list.longest <= clock) break;
      if (clock < entry.clock + entry.length)
        found.push(charAt(entry.ranges, entry.offset + clock - entry.clock));
    }
    return found;
  }

  /** Characters that two or more entries claim. */
  claimedTwice(): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    for (const [client, list] of this.byClient) {
      if (!list.sorted) {
        list.entries.sort((a, b) => a.clock - b.clock);
        list.sorted = true;
      }
      let end = -1;
      for (const entry of list.entries) {
        for (let clock = entry.clock; clock < Math.min(end, entry.clock + entry.length); clock++) {
          found.push([client, clock]);
        }
        end = Math.max(end, entry.clock + entry.length);
      }
    }
    return found;
  }
}

function charAt(ranges: number[], index: number): [number, number] {
  let left = index;
  for (let at = 0; at + 2 < ranges.length; at += 3) {
    const length = ranges[at + 2] as number;
    if (left < length) return [ranges[at] as number, (ranges[at + 1] as number) + left];
    left -= length;
  }
  throw new Error('copy record ranges shorter than their originals');
}

/** Copy records, both ways: original to copies (several when duplicated), copy to its original. */
export class CopyGraph {
  private readonly copies = new RangeIndex();
  private readonly originals = new RangeIndex();

  add(record: CopyRecord): void {
    if (!isRecord(record)) return;
    this.copies.add(record.from, record.to);
    this.originals.add(record.to, record.from);
  }

  /** The first character this one was copied from, through copies of copies. */
  origin(client: number, clock: number): [number, number] {
    let at: [number, number] = [client, clock];
    for (let parent = this.originals.lookup(...at)[0]; parent; parent = this.originals.lookup(...at)[0]) {
      at = parent;
    }
    return at;
  }

  /** Every character copied (or copied from a copy) from this one. */
  descendants(client: number, clock: number, into: Array<[number, number]> = []): Array<[number, number]> {
    for (const copy of this.copies.lookup(client, clock)) {
      into.push(copy);
      this.descendants(...copy, into);
    }
    return into;
  }

  /**
   * Originals two records claim. Two living copies of one character need such a fork somewhere above them: a
   * record's originals are deleted by the edit that copies them, so a line of copies of copies has one living end.
   */
  claimedTwice(): Array<[number, number]> {
    return this.copies.claimedTwice();
  }
}

const isRanges = (value: unknown): value is number[] =>
  Array.isArray(value) && value.length % 3 === 0 && value.every((n) => Number.isSafeInteger(n) && n >= 0);

export function isRecord(value: unknown): value is CopyRecord {
  const record = value as Partial<CopyRecord> | null;
  if (!record || !isRanges(record.from) || !isRanges(record.to)) return false;
  const size = (ranges: number[]) => ranges.reduce((sum, n, at) => (at % 3 === 2 ? sum + n : sum), 0);
  return size(record.from) === size(record.to);
}
