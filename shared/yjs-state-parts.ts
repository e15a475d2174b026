// A document's state (or what a peer lacks of it) as several Yjs updates of bounded size rather than one, so
// whoever applies them can do it a part per task: the renderer's local replica stores a room this way, and the
// relay sends a large first sync this way. Yjs has no public call that cuts a state in parts, so the parts are written
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

/**
 * A few milliseconds of applying: 128 KB of index entries (some 35 with their bodies' text) took 10-15 ms on
 * this project's busy 2-core machine, so half that leaves room for a slower laptop under 50 ms.
 */
export const DEFAULT_CHUNK_LIMITS: ChunkLimits = { bytes: 64 * 1024, structs: 500 };

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

/**
 * The document's state as updates of at most `limits` each (plus one for deletions), to apply in order.
 * `from`: a peer's state vector (client -> clock); only the structs it lacks are written.
 */
export function stateInChunks(
  doc: Y.Doc,
  limits: ChunkLimits = DEFAULT_CHUNK_LIMITS,
  from: ReadonlyMap<number, number> = new Map(),
): Uint8Array[] {
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
    const known = from.get(client) ?? 0;
    if (clientStructs.length === 0 || known >= Y.getState(doc.store, client)) continue;
    let start = known > 0 ? Y.findIndexSS(clientStructs, known) : 0;
    // The peer has the start of this struct: it is written from the first clock the peer lacks.
    let offset = known > 0 ? known - (clientStructs[start]?.id.clock ?? known) : 0;
    while (start < clientStructs.length) {
      const run = new Y.UpdateEncoderV1();
      let end = start;
      while (
        end < clientStructs.length &&
        bytes + encoding.length(run.restEncoder) < limits.bytes &&
        structs + (end - start) < limits.structs
      ) {
        clientStructs[end]?.write(run, end === start ? offset : 0);
        end += 1;
      }
      const first = clientStructs[start];
      if (first === undefined || end === start) {
        // The part is full before this client's next struct: start a new one.
        flush();
        continue;
      }
      const written = run.toUint8Array();
      runs.push({ client, clock: first.id.clock + offset, count: end - start, bytes: written });
      offset = 0;
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
