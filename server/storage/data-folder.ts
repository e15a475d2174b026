// Which backend a data folder already holds, told from its files without loading either backend, so a folder
// written by one is never opened by the other (which would start an empty store beside the real one).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const SQLITE_FILE_NAME = 'relay.sqlite';
/** Written by the files backend when it opens a folder. */
export const FILES_MARKER_NAME = 'files-storage.json';

export type StorageEngine = 'sqlite' | 'files';

export function engineInFolder(dataDir: string): StorageEngine | null {
  if (existsSync(join(dataDir, SQLITE_FILE_NAME))) return 'sqlite';
  if (existsSync(join(dataDir, FILES_MARKER_NAME))) return 'files';
  return null;
}
