// Whether a document already holds everything an update carries, read from the update and the few structs it
// names, not from the whole document.
//
// Yjs answers the same question with `snapshotContainsUpdate(snapshot(doc), update)`, but `snapshot` builds the
// document's whole delete set first: a pass over every struct of every client, so in a 1,000-paragraph draft each
// update of a member held to suggestions walked the whole draft. Here each struct the update creates is compared
// with its client's clock (one lookup), and each range it deletes is looked up by binary search in its client's
// structs, so the cost follows the size of the update.
import * as Y from 'yjs';

/** Whether applying `update` to `doc` would change nothing: it creates nothing new and deletes nothing visible. */
export function holdsUpdate(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (Y.getState(doc.store, struct.id.client) < struct.id.clock + struct.length) return false;
  }
  for (const [client, deletions] of ds.clients) {
    const stored = doc.store.clients.get(client);
    if (!stored) {
      if (deletions.some(({ len }) => len > 0)) return false;
      continue;
    }
    for (const { clock, len } of deletions) {
      if (!alreadyDeleted(stored, clock, clock + len)) return false;
    }
  }
  return true;
}

/** Whether every struct covering clocks [from, to) of one client exists and is deleted. */
export function alreadyDeleted(stored: Array<Y.GC | Y.Item>, from: number, to: number): boolean {
  let clock = from;
  try {
    while (clock < to) {
      const struct = stored[Y.findIndexSS(stored, clock)];
      if (!struct?.deleted) return false;
      clock = struct.id.clock + struct.length;
    }
  } catch {
    // findIndexSS throws for clocks the document has not seen.
    return false;
  }
  return true;
}
