// Chooses the storage backend from the relay's options: SQLite in the data folder unless a database URL is given.
import { openPostgresStorage } from './postgres';
import { openSqliteStorage } from './sqlite';
import type { RelayStorage } from './storage';

export interface StorageChoice {
  dataDir: string;
  /** A PostgreSQL URL (postgres:// or postgresql://): shared storage for several relay instances. */
  databaseUrl?: string;
}

export async function openStorage({ dataDir, databaseUrl }: StorageChoice): Promise<RelayStorage> {
  if (databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
      throw new Error('--database must be a PostgreSQL URL like postgres://user@host:5432/commons');
    }
    return openPostgresStorage(databaseUrl);
  }
  return openSqliteStorage(dataDir);
}
