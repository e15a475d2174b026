// Flushes SQLite's write-ahead log to disk in the background, off the event loop.
//
// With `synchronous = NORMAL` a commit only writes the log into the OS's cache; SQLite syncs it when it next copies
// the log into the database file (a checkpoint, every 1,000 pages: some 15 s of steady typing on a busy relay).
// That checkpoint runs inside whichever commit crosses the mark, on the event loop, and syncing a log full of
// unsynced pages was half of its 10-40 ms (measured in the load bench and in isolation, server/README.md). Syncing
// the log once a second on a libuv thread leaves a checkpoint only the last second's pages to sync. It changes no
// guarantee SQLite gives: an extra sync never makes a file less durable, and a crash of the process still loses
// nothing committed. A failed background sync is not reported here: the checkpoint's own sync meets the same disk
// and its error reaches the commit that ran it.
import { type FileHandle, open } from 'node:fs/promises';

export const WAL_FLUSH_INTERVAL_MS = 1_000;

export class WalFlusher {
  private handle: FileHandle | null = null;
  /** The log's modification time when it was last synced, so an idle relay makes no system calls beyond a stat. */
  private syncedMtimeNs = -1n;
  private running: Promise<boolean> | null = null;
  private closed = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly walPath: string,
    intervalMs = WAL_FLUSH_INTERVAL_MS,
  ) {
    this.timer = setInterval(() => void this.flushIfWritten(), intervalMs);
    // A relay that has nothing else to do may exit.
    this.timer.unref();
  }

  /** Syncs the log if it was written since the last sync; true when it synced. One sync at a time. */
  flushIfWritten(): Promise<boolean> {
    this.running ??= this.flush().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Stops flushing and lets go of the log, before the database closes (the last connection deletes the log). */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.running;
    await this.handle?.close().catch(() => {});
    this.handle = null;
  }

  private async flush(): Promise<boolean> {
    if (this.closed) return false;
    try {
      // Opened once and kept: SQLite reuses the same file from its start after each checkpoint. No lock is held on
      // it (SQLite's locks are on the database file and the shared-memory file), so this handle disturbs none.
      this.handle ??= await open(this.walPath, 'r');
      const { mtimeNs } = await this.handle.stat({ bigint: true });
      if (this.closed || mtimeNs === this.syncedMtimeNs) return false;
      await this.handle.datasync();
      this.syncedMtimeNs = mtimeNs;
      return true;
    } catch {
      // No log yet (nothing written since the database opened), or a disk error the checkpoint will report.
      return false;
    }
  }
}
