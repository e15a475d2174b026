// The portable backend: the data folder holds plain files written with Node's fs alone, no native module, so the
// desktop app's embedded relay loads it in Electron exactly as the command line does in Node.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FILES_MARKER_NAME } from '../data-folder';
import type { RelayStorage } from '../storage';
import { SerialQueue } from './durable-files';
import { fileMemberStore } from './members';
import { fileRoomLog } from './room-log';
import { fileVersionStore } from './versions';

export async function openFileStorage(dataDir: string): Promise<RelayStorage> {
  const rooms = join(dataDir, 'rooms');
  const versions = join(dataDir, 'versions');
  await mkdir(rooms, { recursive: true });
  await mkdir(versions, { recursive: true });
  // Marks the folder as this backend's, so nothing opens it as SQLite by mistake.
  await writeFile(join(dataDir, FILES_MARKER_NAME), `${JSON.stringify({ format: 1 })}\n`);
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
