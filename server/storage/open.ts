// Chooses the storage backend from the relay's options: SQLite in the data folder unless a database URL is given.
import { openSqliteStorage } from './sqlite';
import type { RelayStorage } from './storage';

export interface StorageChoice {
  dataDir: string;
  /** A PostgreSQL URL; no backend for it exists yet, so it is refused with a clear message. */
  databaseUrl?: string;
}

export async function openStorage({ dataDir, databaseUrl }: StorageChoice): Promise<RelayStorage> {
  if (databaseUrl) {
    throw new Error('--database is not supported yet: this relay stores documents in SQLite under --data');
  }
  return openSqliteStorage(dataDir);
}
