// V8's heap sizing for a relay process. Two defaults suit a relay badly:
// - the young generation (where every short-lived object starts) grows its two semi-spaces from 1 MiB up to
//   16 MiB each whenever a burst of work leaves many objects alive across a collection: loading the packages at
//   start-up and a crowd of connections opening rooms both do, and V8 keeps that memory for good. Held at 1 MiB,
//   though, it is collected so often that garbage collection took 14 % of a loaded relay's CPU instead of 6 %
//   (load bench, CPU profiles), so it starts at 1 MiB and may grow, doubling, to 4 MiB when the relay is serving;
//   and as far as V8's own default while the relay receives a steady stream of edits (below);
// - the old generation may grow by up to 4x its live size before a full collection, so rooms opened and left
//   stay as garbage for as long as nothing else happens (V8's memory reducer only steps in 8 s after a quiet
//   moment). Growing by 30 % collects them during the burst itself.
// Figures in server/README.md (the memory and load benches).
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The young generation's largest size once the relay serves: two semi-spaces of 4 MiB. */
const YOUNG_GENERATION_BYTES = 8 * 1024 * 1024;
/** Its largest size while the relay receives BUSY_UPDATES_PER_SECOND or more: V8's own default maximum. */
const BUSY_YOUNG_GENERATION_BYTES = 32 * 1024 * 1024;
/**
 * Client updates a second from which a relay counts as busy editing. A steady stream of edits is mostly garbage
 * (the frames of each update), which a larger young generation collects less often for the same work: 7 % less
 * CPU per delivered message under the load bench (2,000 updates a second). Opening rooms keeps much of what it
 * allocates alive, and comes with few updates (the memory bench opens 1,000 rooms at a few hundred a second), so it
 * never counts as busy and the young generation stays small there.
 */
const BUSY_UPDATES_PER_SECOND = 1000;
/** How much the young generation grows in one step while below its cap. */
const GROWTH_FACTOR = 2;

/** Before anything loads: the young generation kept at its start, the old generation growing by 30 %. */
export function sizeHeapForRelay(): void {
  // Both are read by V8 each time it resizes a generation, so setting them at run time takes effect (the usual
  // --max-semi-space-size is read only when the heap is set up, before any script runs).
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=30');
}

/**
 * Once loaded: the young generation may grow, doubling, up to YOUNG_GENERATION_BYTES, or up to
 * BUSY_YOUNG_GENERATION_BYTES in seconds in which `updatesReceived` (a running count of client updates) rose by
 * BUSY_UPDATES_PER_SECOND or more. V8 also shrinks it again when the relay is quiet (in a probe, from 32 MiB back to
 * 1 MiB about 12 s after a busy spell ended: its memory reducer), so after each collection growth is allowed again
 * below the cap.
 *
 * The cap is applied from a garbage-collection observer, which runs between tasks, so it holds for traffic that
 * comes in tasks smaller than the young generation (socket reads). One task that fills the young generation several
 * times over while keeping much of it alive (loading a very large room) can grow it again before the observer runs:
 * V8 reads no cap it could be given at run time, only the growth factor. Doubling rather than growing 4-fold keeps
 * that step to twice the cap instead of four times it, and lets the young generation grow only as far as the load
 * needs (RSS per loaded room in the memory bench: 52 against 77 KiB).
 */
export function capYoungGeneration(updatesReceived: () => number): void {
  let growing = false;
  const allowGrowth = (allowed: boolean) => {
    if (allowed === growing) return;
    growing = allowed;
    setFlagsFromString(`--semi-space-growth-factor=${allowed ? GROWTH_FACTOR : 1}`);
  };
  let busy = false;
  let counted = updatesReceived();
  setInterval(() => {
    const now = updatesReceived();
    busy = now - counted >= BUSY_UPDATES_PER_SECOND;
    counted = now;
  }, 1000).unref();
  const check = () => {
    const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    const cap = busy ? BUSY_YOUNG_GENERATION_BYTES : YOUNG_GENERATION_BYTES;
    allowGrowth(young !== undefined && young.space_size < cap);
  };
  new PerformanceObserver(check).observe({ entryTypes: ['gc'] });
  check();
}
