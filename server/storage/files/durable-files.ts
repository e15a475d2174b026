// Writing files so a crash or power cut leaves either the old or the new content, never a mix: write a temporary
// file, flush it to disk, rename it over the old one, flush the folder. Plus the two kinds of mutual exclusion
// the file backend needs: one writer at a time per file within the process, and a lock file between processes.
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Flushes a folder's entries (a rename or a new file) to disk; a no-op where folders cannot be opened (Windows). */
export async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw error;
  } finally {
    await handle?.close();
  }
}

// Windows refuses to replace a file that another program (a virus scanner, an indexer) has open for a moment.
const BUSY = new Set(['EPERM', 'EACCES', 'EBUSY']);

async function renameOver(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await rename(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !BUSY.has(code) || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

/** Replaces `path` with `data` atomically and durably. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameOver(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

/** Runs work one at a time per key, in the order it was asked for; a failure does not stop the next. */
export class SerialQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => {});
    this.tails.set(key, tail);
    // Forget the key once idle, so the map follows the files in use.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  /** Resolves once everything asked for so far has finished. */
  async settled(): Promise<void> {
    await Promise.all(this.tails.values());
  }
}

const LOCK_WAIT_MS = 5000;
// A lock older than this was left by a process that died holding it (a write takes milliseconds).
const STALE_LOCK_MS = 10_000;

/**
 * Holds `<path>.lock` while `work` runs, so the relay and a command-line process never interleave their
 * read-modify-write of the same file (as SQLite's busy timeout does for its database).
 */
export async function withFileLock<T>(path: string, work: () => Promise<T>): Promise<T> {
  const lock = `${path}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await writeFile(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = await stat(lock).catch(() => null);
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) {
        await unlink(lock).catch(() => {});
        continue;
      }
      if (Date.now() > deadline) throw new Error(`${path} is locked by another process`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  try {
    return await work();
  } finally {
    await unlink(lock).catch(() => {});
  }
}
