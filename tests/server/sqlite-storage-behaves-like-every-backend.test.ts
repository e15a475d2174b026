// The shared storage behaviour, on SQLite in a fresh data folder per test.
import { rmSync } from 'node:fs';
import { openSqliteStorage } from '../../server/storage/sqlite/sqlite';
import { tempDir } from './support/relay';
import { storageBehaviour } from './support/storage-behaviour';

storageBehaviour('SQLite', async () => {
  const dataDir = tempDir('commons-sqlite-');
  return {
    open: async () => openSqliteStorage(dataDir),
    remove: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
});
