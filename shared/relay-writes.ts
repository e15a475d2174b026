// What the relay writes into rooms itself is recognisable by the writing client's id, which every Yjs item
// records: a range of ids reserved for the relay, and a reader that keeps only entries written with one.

/**
 * Client ids the relay writes with (the top 1024 of Yjs' 32-bit range). Each relay process takes one at random:
 * instances of a cluster rarely share one, and a relay restarted after a crash does not reuse the clocks of a
 * write that clients received but storage never did. In rooms whose kind guards relay content (discussion, session),
 * the relay refuses client updates that carry these ids, so there an item with such an id is the relay's.
 * A client that happens to draw one (about 1 in 4 million) should pick another: see `isRelayClientId`.
 */
export const RELAY_CLIENT_ID_FIRST = 0xffff_fc00;
export const RELAY_CLIENT_ID_COUNT = 1024;

export const isRelayClientId = (clientId: number): boolean =>
  clientId >= RELAY_CLIENT_ID_FIRST && clientId < RELAY_CLIENT_ID_FIRST + RELAY_CLIENT_ID_COUNT;

/** The smallest shape of a Yjs array this reader needs (Y.Array satisfies it). */
interface ItemList {
  _start: ListItem | null;
}
interface ListItem {
  id: { client: number };
  deleted: boolean;
  countable: boolean;
  right: ListItem | null;
  content: { getContent(): unknown[] };
}

/**
 * The entries of a Y.Array that the relay wrote, in order, skipping any a client inserted. Plain JSON entries
 * are immutable, so the item's writer is the entry's writer.
 */
export function relayWrittenEntries(array: ItemList): unknown[] {
  const entries: unknown[] = [];
  for (let item = array._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable || !isRelayClientId(item.id.client)) continue;
    entries.push(...item.content.getContent());
  }
  return entries;
}
