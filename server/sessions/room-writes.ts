// The relay's writes into a session room's parts (shared/sessions.ts): replace the one record of a single-record
// part, put a record in place of the one with its id, remove one. Meant to run inside `writeAsRelay`, so every
// entry written carries the relay's client id; entries clients pushed are skipped when looking for ours.
import type * as Y from 'yjs';
import { isRelayClientId } from '../../shared/relay-writes';
import type { SessionPart } from '../../shared/sessions';

interface Located {
  index: number;
  length: number;
}

/** Positions (array index, entry count) of the relay's entries for which `matches` holds. */
function locate(array: Y.Array<unknown>, matches: (entry: unknown) => boolean): Located[] {
  const found: Located[] = [];
  let index = 0;
  for (let item = array._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue;
    const entries = item.content.getContent();
    if (isRelayClientId(item.id.client)) {
      entries.forEach((entry, offset) => {
        if (matches(entry)) found.push({ index: index + offset, length: 1 });
      });
    }
    index += item.length;
  }
  return found;
}

const hasId = (id: string) => (entry: unknown) =>
  typeof entry === 'object' && entry !== null && (entry as { id?: unknown }).id === id;

const part = (doc: Y.Doc, name: SessionPart): Y.Array<unknown> => doc.getArray(name);

/** Makes `record` the part's only relay entry (meta, timer, attendance). */
export function replaceSingle(doc: Y.Doc, name: SessionPart, record: object): void {
  const array = part(doc, name);
  for (const { index, length } of locate(array, () => true).reverse()) array.delete(index, length);
  array.push([record]);
}

/** Replaces all of the part's relay entries with `records` (the agenda). */
export function replaceAll(doc: Y.Doc, name: SessionPart, records: readonly object[]): void {
  const array = part(doc, name);
  for (const { index, length } of locate(array, () => true).reverse()) array.delete(index, length);
  array.push([...records]);
}

/** Puts `record` where the entry with its id is (keeping its place in the order), or at the end. */
export function upsertRecord<T extends { id: string }>(doc: Y.Doc, name: SessionPart, record: T): void {
  const array = part(doc, name);
  const found = locate(array, hasId(record.id));
  const first = found[0];
  for (const { index, length } of [...found].reverse()) array.delete(index, length);
  if (first) array.insert(first.index, [record]);
  else array.push([record]);
}

/** Removes the entry with this id; says whether there was one. */
export function removeRecord(doc: Y.Doc, name: SessionPart, id: string): boolean {
  const array = part(doc, name);
  const found = locate(array, hasId(id));
  for (const { index, length } of [...found].reverse()) array.delete(index, length);
  return found.length > 0;
}
