// SQLite's checkpoint (`--only checkpoints`): the room log appended to at the load bench's pace (groups of 50
// rooms with two 60-byte updates, 20 commits a second), once with the write-ahead log synced in the background as
// the relay opens it (server/storage/sqlite/wal-flusher.ts) and once without, the order alternating each round.
// The commit that takes the log past 1,000 pages runs SQLite's checkpoint on the event loop, so the longest wait
// for an append, and the time spent in appends over 2 ms, are what the background sync is there to shorten.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStorage } from '../../server/storage/sqlite/sqlite';
import { percentile } from './clients';
import { type MeasuredFigure, measuredInRounds } from './results';

export const CHECKPOINT_ROUND_SECONDS = 30;
const ROOMS = 200;
const ROOMS_PER_COMMIT = 50;
const COMMITS_PER_SECOND = 20;
const UPDATE_BYTES = 60;
/** Appends slower than this are counted as time the event loop was held up. */
const SLOW_MS = 2;

interface CheckpointRound {
  /** How long each group of appends took to be committed, in ms. */
  waitsMs: number[];
}

async function checkpointRound(syncLogInBackground: boolean): Promise<CheckpointRound> {
  const dataDir = mkdtempSync(join(tmpdir(), 'commons-bench-checkpoints-'));
  const storage = openSqliteStorage(dataDir, { syncLogInBackground });
  const waitsMs: number[] = [];
  try {
    const update = new Uint8Array(UPDATE_BYTES).fill(7);
    const commits = CHECKPOINT_ROUND_SECONDS * COMMITS_PER_SECOND;
    const started = performance.now();
    for (let commit = 0; commit < commits; commit += 1) {
      const first = (commit * ROOMS_PER_COMMIT) % ROOMS;
      const rooms = Array.from({ length: ROOMS_PER_COMMIT }, (_, index) => `bench/doc/room-${first + index}`);
      const asked = performance.now();
      await Promise.all(rooms.map((room) => storage.rooms.appendUpdates(room, [update, update])));
      waitsMs.push(performance.now() - asked);
      // Paced from the start, so a slow commit does not slow the rounds that follow it.
      const due = started + ((commit + 1) * 1000) / COMMITS_PER_SECOND;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    }
  } finally {
    await storage.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { waitsMs };
}

export async function runCheckpointBench(rounds: number): Promise<MeasuredFigure[]> {
  const runs: Record<'synced' | 'alone', CheckpointRound[]> = { synced: [], alone: [] };
  for (let index = 0; index < rounds; index += 1) {
    const order = index % 2 === 0 ? (['synced', 'alone'] as const) : (['alone', 'synced'] as const);
    for (const variant of order) runs[variant].push(await checkpointRound(variant === 'synced'));
  }
  const longest = (run: CheckpointRound) => Math.max(...run.waitsMs);
  const p99 = (run: CheckpointRound) =>
    percentile(
      [...run.waitsMs].sort((a, b) => a - b),
      99,
    );
  const slow = (run: CheckpointRound) =>
    run.waitsMs.filter((wait) => wait > SLOW_MS).reduce((sum, wait) => sum + wait, 0);
  const per = `per ${CHECKPOINT_ROUND_SECONDS} s`;
  const figures: MeasuredFigure[] = [];
  for (const [label, variant] of [
    ['log synced in the background', 'synced'],
    ['checkpoint syncs it all', 'alone'],
  ] as const) {
    figures.push(
      measuredInRounds(`SQLite append, longest (${label})`, 'ms', runs[variant].map(longest)),
      measuredInRounds(`SQLite append p99 (${label})`, 'ms', runs[variant].map(p99)),
      measuredInRounds(
        `SQLite time in appends over ${SLOW_MS} ms, ${per} (${label})`,
        'ms',
        runs[variant].map(slow),
      ),
    );
  }
  // Round by round, the two variants ran minutes apart at most: their ratio, then the median of the ratios.
  // A round whose log never crossed the mark without the background sync has no ratio.
  const ratios = (pick: (run: CheckpointRound) => number) =>
    runs.synced
      .map((run, index) => pick(run) / pick(runs.alone[index] as CheckpointRound))
      .filter(Number.isFinite);
  for (const [name, pick] of [
    ['SQLite append, longest: background sync / none', longest],
    [`SQLite time in appends over ${SLOW_MS} ms: background sync / none`, slow],
  ] as const) {
    const list = ratios(pick);
    if (list.length > 0) figures.push(measuredInRounds(name, '×', list));
  }
  return figures;
}
