// V8's young generation (where every short-lived object starts) grows its semi-spaces from 1 MiB up to 16 MiB
// each whenever a burst of work leaves many objects alive across a collection: a relay's start-up (loading its
// packages) and a crowd of connections opening rooms at once both do, and V8 never gives that memory back.
// In a relay those survivors are rooms and connections that live for minutes, which the next collections move
// to the old generation anyway, so the growth buys little: kept at 1 MiB, a relay held 100 MiB instead of
// 117 MiB after 1,000 rooms were opened and left (server/README.md, the memory figure).
import { setFlagsFromString } from 'node:v8';

/** Keeps the young generation at its starting size for the rest of this process. */
export function limitYoungGeneration(): void {
  // Read by V8 each time it considers growing the young generation, so setting it at run time takes effect
  // (--max-semi-space-size, the usual way, is read only when the heap is set up, before any script runs).
  setFlagsFromString('--semi-space-growth-factor=1');
}
