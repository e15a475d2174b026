// Flushes SQLite's write-ahead log to disk in the background, off the event loop.
//
// With `synchronous = NORMAL` a commit only writes the log into the OS's cache; SQLite syncs it when it next copies
// the log into the database file (a checkpoint, every 1,000 pages: some 15 s of steady typing on a busy relay).
// That checkpoint runs inside whichever commit crosses the mark, on the event loop, and syncing a log full of
// unsynced pages was half of its 10-40 ms (measured in the load bench and by `npm run bench -- --only
// checkpoints`). Syncing the log on a libuv thread after a commit, at most once a second, leaves a checkpoint only
// the last second's pages to sync: the longest commit 40 % shorter in that bench. The price is a commit that now
// and then meets the disk still busy with the sync (about 1 ms more at the p99 of commits).
//
// It changes no guarantee SQLite gives: an extra sync never makes a file less durable, and a crash of the process
// still loses nothing committed. A failed background sync is not reported here: the checkpoint's own sync meets
// the same disk, and its error reaches the commit that ran it.
import { type FileHandle, open } from 'node:fs/promises';

const WAL_SYNC_INTERVAL_MS = 1_000;

export class WalFlusher {
  private handle: FileHandle | null = null;
  /** When the last sync started (performance.now()), or -Infinity before the first. */
  private lastSyncAt = Number.NEGATIVE_INFINITY;
  private running: Promise<boolean> | null = null;
  private closed = false;

  constructor(
    private readonly walPath: string,
    private readonly intervalMs = WAL_SYNC_INTERVAL_MS,
  ) {}

  /**
   * Call after each commit: syncs the log unless a sync started less than the interval ago or is still running.
   * Resolves true when this call synced it.
   */
  afterCommit(): Promise<boolean> {
    if (this.closed || this.running || performance.now() - this.lastSyncAt < this.intervalMs) {
      return Promise.resolve(false);
    }
    this.lastSyncAt = performance.now();
    const running = this.sync().finally(() => {
      this.running = null;
    });
    this.running = running;
    return running;
  }

  /** Stops syncing and lets go of the log, before the database closes (the last connection deletes the log). */
  async close(): Promise<void> {
    this.closed = true;
    await this.running;
    await this.handle?.close().catch(() => {});
    this.handle = null;
  }

  private async sync(): Promise<boolean> {
    try {
      // Opened once and kept: SQLite reuses the same file from its start after each checkpoint. No lock is held on
      // it (SQLite's locks are on the database file and the shared-memory file), so this handle disturbs none.
      this.handle ??= await open(this.walPath, 'r');
      if (this.closed) return false;
      await this.handle.datasync();
      return true;
    } catch {
      // No log (a database not in WAL mode yet), or a disk error the checkpoint will report.
      return false;
    }
  }
}
