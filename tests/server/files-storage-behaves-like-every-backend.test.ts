// The shared storage behaviour, on the portable files backend in a fresh data folder per test.
import { rmSync } from 'node:fs';
import { openFileStorage } from '../../server/storage/files/files';
import { tempDir } from './support/relay';
import { storageBehaviour } from './support/storage-behaviour';

storageBehaviour('files', async () => {
  const dataDir = tempDir('commons-files-');
  return {
    open: () => openFileStorage(dataDir),
    remove: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
});
