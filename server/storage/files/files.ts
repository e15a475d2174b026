// The portable backend: the data folder holds plain files written with Node's fs alone, no native module, so the
// desktop app's embedded relay loads it in Electron exactly as the command line does in Node. One relay process
// per folder (room logs have one writer); the command-line tasks may run beside it (the members file is locked).
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FILES_MARKER_NAME } from '../data-folder';
import type { RelayStorage } from '../storage';
import { SerialQueue } from './durable-files';
import { fileMemberStore } from './members';
import { fileRoomLog } from './room-log';
import { fileVersionStore } from './versions';

// A temporary file this old was left by a crash mid-write; a younger one may be another process's write under way.
const ABANDONED_AFTER_MS = 60_000;

async function removeAbandonedTemporaries(folder: string): Promise<void> {
  for (const name of await readdir(folder, { recursive: true })) {
    if (!name.endsWith('.tmp')) continue;
    const path = join(folder, name);
    const info = await stat(path).catch(() => null);
    if (info && Date.now() - info.mtimeMs > ABANDONED_AFTER_MS) await rm(path, { force: true });
  }
}

export async function openFileStorage(dataDir: string): Promise<RelayStorage> {
  const rooms = join(dataDir, 'rooms');
  const versions = join(dataDir, 'versions');
  await mkdir(rooms, { recursive: true });
  await mkdir(versions, { recursive: true });
  // Marks the folder as this backend's, so nothing opens it as SQLite by mistake.
  await writeFile(join(dataDir, FILES_MARKER_NAME), `${JSON.stringify({ format: 1 })}\n`);
  await removeAbandonedTemporaries(dataDir);
  // One writer at a time per file within the process; the members file also takes a lock against other processes.
  const queue = new SerialQueue();
  return {
    rooms: fileRoomLog(rooms, queue),
    members: fileMemberStore(dataDir, queue),
    versions: fileVersionStore(versions, queue),
    // Every write is on disk before it resolves and no file stays open: closing only waits for writes under way.
    close: () => queue.settled(),
  };
}
