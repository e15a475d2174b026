// What this replica deleted itself, so that a copy of those characters made elsewhere at the same moment goes too.
//
// Someone presses Enter while someone else deletes words after that place: the Enter copies the words into the new
// paragraph (copied-text-records.ts), and the deletion reaches only the originals, so the words came back. Yjs keeps
// no author on a deletion, so a replica that sees both cannot tell the deleter's deletion from the Enter's own. The
// deleter can: it remembers the characters it deleted, and when a copy record arrives whose originals it had
// deleted before seeing the record, it deletes their copies as well, like any other edit of its own that the others
// then receive. Nothing else is deleted: a copy of characters nobody deleted by hand stays.
import type * as Y from 'yjs';
import type { CopyGraph } from './copied-text-graph';
import { type CopyRecord, eachRange } from './copied-text-records';

/** How many deleted ranges are remembered: hours of editing; an older deletion no record can still meet is rare. */
const REMEMBERED_RANGES = 20_000;

export class OwnDeletions {
  /** Per client, the deleted `[clock, length]` ranges, in the order deleted. */
  private readonly byClient = new Map<number, Array<[number, number]>>();
  private readonly order: number[] = [];

  /** Remembers what a local edit deleted, except the characters it copied (their text lives on in the copy). */
  add(deleteSet: Y.Transaction['deleteSet'], copied: CopyRecord[]): void {
    const moved = new Set<string>();
    for (const record of copied) {
      eachRange(record.from, (client, clock, length) => {
        for (let offset = 0; offset < length; offset++) moved.add(`${client}:${clock + offset}`);
      });
    }
    for (const [client, deletions] of deleteSet.clients) {
      for (const { clock, len } of deletions) {
        // The stretches of this range that were not moved.
        let start = clock;
        for (let at = moved.size === 0 ? clock + len : clock; at <= clock + len; at++) {
          if (at < clock + len && !moved.has(`${client}:${at}`)) continue;
          if (at > start) this.remember(client, start, at - start);
          start = at + 1;
        }
      }
    }
    while (this.order.length > REMEMBERED_RANGES) {
      const client = this.order.shift() as number;
      const ranges = this.byClient.get(client);
      ranges?.shift();
      if (ranges?.length === 0) this.byClient.delete(client);
    }
  }

  private remember(client: number, clock: number, length: number): void {
    const ranges = this.byClient.get(client) ?? [];
    this.byClient.set(client, ranges);
    ranges.push([clock, length]);
    this.order.push(client);
  }

  /** The copies (and copies of copies) of the characters of `records` that this replica had deleted. */
  copiesToDelete(records: CopyRecord[], graph: CopyGraph): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    if (this.byClient.size === 0) return found;
    for (const record of records) {
      eachRange(record.from, (client, clock, length) => {
        // Range against range, not character by character: an Enter copies hundreds of characters, and hours of
        // editing leave thousands of deleted ranges.
        for (const [from, deleted] of this.byClient.get(client) ?? []) {
          const end = Math.min(from + deleted, clock + length);
          for (let at = Math.max(from, clock); at < end; at++) graph.descendants(client, at, found);
        }
      });
    }
    return found;
  }
}
