// A document's whole state as several Yjs updates of bounded size rather than one, so a local replica stored
// this way loads a slice per task. Yjs has no public call that cuts a state in parts, so the parts are written
// here in the V1 update format from the document's own structs (Item.write and GC.write, which Yjs itself
// uses): each part holds runs of consecutive structs of one client, from their first clock, and no deletions;
// a last part holds every deletion. Applied in order, the parts give the same document as the whole state:
// a struct whose neighbours are in a later part waits in Yjs' pending structs until they arrive.
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

export interface ChunkLimits {
  /** Bytes of structs per part (a part may pass it by one struct). */
  bytes: number;
  /** Structs per part: a text room's small insertions cost more to integrate than their size says. */
  structs: number;
}

/** About 5-15 ms of applying on this project's 2-core machine for an index room's entries. */
export const DEFAULT_CHUNK_LIMITS: ChunkLimits = { bytes: 128 * 1024, structs: 1_000 };

interface Run {
  client: number;
  clock: number;
  count: number;
  bytes: Uint8Array;
}

function encodeRuns(runs: readonly Run[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, runs.length);
  for (const run of runs) {
    // The header Yjs' own writeStructs gives a client's structs: how many, whose, from which clock.
    encoding.writeVarUint(encoder, run.count);
    encoding.writeVarUint(encoder, run.client);
    encoding.writeVarUint(encoder, run.clock);
    encoding.writeUint8Array(encoder, run.bytes);
  }
  // An empty delete set: the last part carries them all.
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}

/** The document's state as updates of at most `limits` each (plus one for deletions), to apply in order. */
export function stateInChunks(doc: Y.Doc, limits: ChunkLimits = DEFAULT_CHUNK_LIMITS): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let runs: Run[] = [];
  let bytes = 0;
  let structs = 0;
  const flush = () => {
    if (runs.length > 0) chunks.push(encodeRuns(runs));
    runs = [];
    bytes = 0;
    structs = 0;
  };
  for (const [client, clientStructs] of doc.store.clients) {
    let start = 0;
    while (start < clientStructs.length) {
      const run = new Y.UpdateEncoderV1();
      let end = start;
      while (
        end < clientStructs.length &&
        bytes + encoding.length(run.restEncoder) < limits.bytes &&
        structs + (end - start) < limits.structs
      ) {
        clientStructs[end]?.write(run, 0);
        end += 1;
      }
      const first = clientStructs[start];
      if (first === undefined || end === start) {
        // The part is full before this client's next struct: start a new one.
        flush();
        continue;
      }
      const written = run.toUint8Array();
      runs.push({ client, clock: first.id.clock, count: end - start, bytes: written });
      bytes += written.length;
      structs += end - start;
      if (bytes >= limits.bytes || structs >= limits.structs) flush();
      start = end;
    }
  }
  flush();
  // Every struct is above; the state from the full state vector is only the deletions.
  chunks.push(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)));
  return chunks;
}
