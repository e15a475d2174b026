// Chooses the storage backend from the relay's options: PostgreSQL when a database URL is given, else SQLite or
// plain files in the data folder. Backends are imported on demand, so a process that never chooses SQLite (the
// desktop app's embedded relay) never loads its native module.
import { engineInFolder, type StorageEngine } from './data-folder';
import type { RelayStorage } from './storage';

export type { StorageEngine } from './data-folder';

export const STORAGE_ENGINES: readonly StorageEngine[] = ['sqlite', 'files'];

export const isStorageEngine = (value: string): value is StorageEngine =>
  (STORAGE_ENGINES as readonly string[]).includes(value);

export interface StorageChoice {
  dataDir: string;
  /** A PostgreSQL URL (postgres:// or postgresql://): shared storage for several relay instances. */
  databaseUrl?: string;
  /** Ignored when databaseUrl is given; default: whatever the folder already holds, else sqlite. */
  engine?: StorageEngine;
}

export async function openStorage({ dataDir, databaseUrl, engine }: StorageChoice): Promise<RelayStorage> {
  if (databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
      throw new Error('--database must be a PostgreSQL URL like postgres://user@host:5432/commons');
    }
    const { openPostgresStorage } = await import('./postgres/postgres');
    return openPostgresStorage(databaseUrl);
  }
  const found = engineInFolder(dataDir);
  if (engine && found && engine !== found) {
    throw new Error(
      `the data folder ${dataDir} holds ${found} storage, not ${engine}: use --storage ${found}`,
    );
  }
  if ((engine ?? found) === 'files') {
    const { openFileStorage } = await import('./files/files');
    return openFileStorage(dataDir);
  }
  const { openSqliteStorage } = await import('./sqlite/sqlite');
  return openSqliteStorage(dataDir);
}
