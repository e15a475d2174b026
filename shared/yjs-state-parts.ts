// A document's state (or what a peer lacks of it) as several Yjs updates of bounded size rather than one, so
// whoever applies them can do it a part per task: the renderer's local replica stores a room this way. Yjs has
// no public call that cuts a state in parts, so the parts are written here in the V1 update format from the
// document's own structs (Item.write and GC.write, which Yjs itself uses): each part holds runs of consecutive
// structs of one client, from their first clock, and no deletions; a last part holds every deletion. Applied
// in order, the parts give the same document as the whole state: a struct whose neighbours are in a later part
// waits in Yjs' pending structs until they arrive.
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
 * The document's state as updates of at most `limits` each, to apply in order, made one at a time: a caller
 * may wait between parts (the renderer rewriting its replica does, so no part of the work is a long task).
 * Positions are kept as clocks, so changes made meanwhile are safe: the last part holds everything after
 * what the earlier parts wrote, deletions included. `from`: a peer's state vector (client -> clock); only the
 * structs it lacks are written.
 */
export function* stateParts(
  doc: Y.Doc,
  limits: ChunkLimits = DEFAULT_CHUNK_LIMITS,
  from: ReadonlyMap<number, number> = new Map(),
): Generator<Uint8Array> {
  const written = new Map(from);
  let runs: Run[] = [];
  let bytes = 0;
  let structs = 0;
  const take = (): Uint8Array => {
    const part = encodeRuns(runs);
    runs = [];
    bytes = 0;
    structs = 0;
    return part;
  };
  for (const client of [...doc.store.clients.keys()]) {
    for (;;) {
      const clock = written.get(client) ?? 0;
      const clientStructs = doc.store.clients.get(client);
      if (!clientStructs || clock >= Y.getState(doc.store, client)) break;
      let index = Y.findIndexSS(clientStructs, clock);
      // A peer may hold the start of this struct: it is written from the first clock the peer lacks.
      const offset = clock - (clientStructs[index]?.id.clock ?? clock);
      const run = new Y.UpdateEncoderV1();
      let count = 0;
      let end = clock;
      while (
        index < clientStructs.length &&
        bytes + encoding.length(run.restEncoder) < limits.bytes &&
        structs + count < limits.structs
      ) {
        const struct = clientStructs[index] as Y.Item | Y.GC;
        struct.write(run, count === 0 ? offset : 0);
        end = struct.id.clock + struct.length;
        count += 1;
        index += 1;
      }
      if (count === 0) {
        // The part is full before this client's next struct.
        yield take();
        continue;
      }
      const encoded = run.toUint8Array();
      runs.push({ client, clock, count, bytes: encoded });
      written.set(client, end);
      bytes += encoded.length;
      structs += count;
      if (bytes >= limits.bytes || structs >= limits.structs) yield take();
    }
  }
  if (runs.length > 0) yield take();
  // What came after the parts above (changes made meanwhile, clients new since) and every deletion.
  yield Y.encodeStateAsUpdate(doc, Y.encodeStateVector(written));
}
