// The shared storage behaviour, on PostgreSQL in a fresh database per test (see postgres-fixture.ts).
import { openPostgresStorage } from '../../server/storage/postgres/postgres';
import { createTestDatabase } from './postgres-fixture';
import { storageBehaviour } from './support/storage-behaviour';

storageBehaviour('PostgreSQL', async () => {
  const database = await createTestDatabase();
  return { open: () => openPostgresStorage(database.url), remove: () => database.drop() };
});
