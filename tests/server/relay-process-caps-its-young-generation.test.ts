// A relay process keeps V8's young generation small (operations/heap-sizing.ts): left to V8, work that keeps many
// new objects alive for a while (a crowd of connections opening rooms) grows it to two 16 MiB semi-spaces, and V8
// keeps that memory for good. The same work runs in fresh processes, one sized as the relay sizes itself and one
// left to V8's defaults, so the test also shows that this work grows an unsized heap. The cap is applied between
// tasks: work in tasks that each allocate less than the young generation holds, as socket reads do, stays under it,
// and a task that fills the young generation several times over can pass it by one step (heap-sizing.ts). While
// the relay receives a steady stream of edits, the young generation may grow as far as V8's default.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bundleServerModule } from './support/build-cli';
import { tempDir } from './support/relay';

const MiB = 1024 * 1024;
const folder = tempDir('commons-heap-sizing-');
const sizing = join(folder, 'heap-sizing.mjs');
const work = join(folder, 'work.mjs');

beforeAll(async () => {
  await bundleServerModule('server/operations/heap-sizing.ts', sizing);
  writeFileSync(
    work,
    `import { getHeapSpaceStatistics } from 'node:v8';
import { capYoungGeneration, sizeHeapForRelay } from ${JSON.stringify(sizing)};
// Client updates received so far, rising at a steady rate a millisecond: below the busy mark, or above it.
const updatesPerMs = { sized: 0.5, busy: 2 }[process.argv[2]];
if (updatesPerMs !== undefined) {
  sizeHeapForRelay();
  capYoungGeneration(() => Math.floor(performance.now() * updatesPerMs));
  // The relay reads the rate once a second: the work starts after the first reading.
  await new Promise((resume) => setTimeout(resume, 1100));
}
const youngGeneration = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
let largest = youngGeneration();
// Batches that stay alive across several collections, as rooms being opened do, then are let go: small ones, one
// a task; or, for a burst, batches four times as large, each task filling the young generation over and over.
const [batches, batchSize, keptBatches] = process.argv[3] === 'burst' ? [300, 20000, 16] : [1200, 5000, 24];
const alive = [];
for (let round = 0; round < batches; round += 1) {
  const batch = [];
  for (let index = 0; index < batchSize; index += 1) batch.push({ round, index, name: 'room-' + index });
  alive.push(batch);
  if (alive.length > keptBatches) alive.shift();
  largest = Math.max(largest, youngGeneration());
  // The relay's cap is applied from a garbage-collection observer, whose callbacks run between tasks.
  await new Promise((resume) => setImmediate(resume));
}
console.log(JSON.stringify({ largest }));
`,
  );
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function largestYoungGeneration(
  mode: 'sized' | 'busy' | 'unsized',
  pace: 'steady' | 'burst' = 'steady',
): number {
  const run = spawnSync(process.execPath, [work, mode, pace], { encoding: 'utf8', timeout: 60_000 });
  expect(run.status, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { largest: number }).largest;
}

test('work that grows an unsized young generation past 16 MiB leaves the relay-sized one at its cap (500 updates/s)', () => {
  const unsized = largestYoungGeneration('unsized');
  const sized = largestYoungGeneration('sized');
  expect(unsized).toBeGreaterThan(16 * MiB);
  // Two 4 MiB semi-spaces.
  expect(sized).toBeLessThanOrEqual(8 * MiB);
}, 120_000);

test('a burst of large tasks grows the relay-sized young generation at most one doubling past its cap', () => {
  // Growing 4-fold instead, the same burst reached V8's own maximum (32 MiB) in each of four runs.
  expect(largestYoungGeneration('sized', 'burst')).toBeLessThanOrEqual(16 * MiB);
}, 120_000);

test('while 2,000 updates a second arrive, the same work grows the young generation past the cap, to V8’s default at most', () => {
  const busy = largestYoungGeneration('busy');
  expect(busy).toBeGreaterThan(8 * MiB);
  expect(busy).toBeLessThanOrEqual(32 * MiB);
}, 120_000);
