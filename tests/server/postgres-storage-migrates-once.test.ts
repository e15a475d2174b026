// Schema migrations run once however many relay instances start together, and opening an up-to-date
// database changes nothing.
import pg from 'pg';
import { expect, test } from 'vitest';
import { openStorage } from '../../server/storage/open';
import { MIGRATIONS, migrate } from '../../server/storage/postgres/migrations';
import { databasePerFile } from './postgres-fixture';

const database = databasePerFile();

test('instances starting at the same time apply each migration exactly once', async () => {
  const pools = Array.from({ length: 4 }, () => new pg.Pool({ connectionString: database.url, max: 1 }));
  try {
    const applied = await Promise.all(pools.map((pool) => migrate(pool)));
    expect(applied.flat().sort()).toEqual(MIGRATIONS.map((migration) => migration.version));
    expect(await migrate(pools[0] as pg.Pool)).toEqual([]);
    const { rows } = await (pools[0] as pg.Pool).query('SELECT version FROM schema_migrations');
    expect(rows).toHaveLength(MIGRATIONS.length);
  } finally {
    await Promise.all(pools.map((pool) => pool.end()));
  }
});

test('the relay opens the same database through --database and keeps what it stored', async () => {
  const storage = await openStorage({ dataDir: '/nonexistent', databaseUrl: database.url });
  await storage.rooms.appendUpdates('ngo-network/index', [new Uint8Array([0, 0])]);
  await storage.close();
  const reopened = await openStorage({ dataDir: '/nonexistent', databaseUrl: database.url });
  expect((await reopened.rooms.loadRoom('ngo-network/index')).updates).toHaveLength(1);
  await reopened.close();
});

test('a database URL that is not PostgreSQL is refused with a clear message', async () => {
  await expect(openStorage({ dataDir: '/tmp', databaseUrl: 'mysql://localhost/x' })).rejects.toThrow(
    /PostgreSQL URL/,
  );
});
