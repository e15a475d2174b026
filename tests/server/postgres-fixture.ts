// A fresh PostgreSQL database per test file (on the machine's server, 127.0.0.1:5432, database `test`), dropped
// afterwards. Fails with a clear message when PostgreSQL is not running: these tests are never skipped.
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openPostgresStorage } from '../../server/storage/postgres/postgres';
import type { RelayStorage } from '../../server/storage/storage';

// Trust auth accepts the operating-system user's name, as psql sends it.
const ADMIN_URL =
  process.env.COMMONS_TEST_POSTGRES_URL ?? `postgres://${userInfo().username}@127.0.0.1:5432/test`;

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is required by this test but is not reachable at ${ADMIN_URL} (${(error as Error).message}); ` +
        'start it (trust auth, database "test") or set COMMONS_TEST_POSTGRES_URL',
    );
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `commons_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

/** A fresh database for the calling test file: made in beforeAll (read `url` inside tests), dropped afterwards. */
export function databasePerFile(): { readonly url: string } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });
  return {
    get url() {
      if (!database) throw new Error('the test database is made in beforeAll: read its url inside a test');
      return database.url;
    },
  };
}

export interface TwoInstances {
  first: RelayStorage;
  second: RelayStorage;
}

/**
 * A fresh database for the calling test file with two storage pools on it, standing for two relay instances;
 * read the pools inside tests (they open in beforeAll) and they close, and the database drops, afterwards.
 */
export function twoInstancesPerFile(): TwoInstances {
  let database: TestDatabase | undefined;
  const instances = {} as TwoInstances;
  beforeAll(async () => {
    database = await createTestDatabase();
    instances.first = await openPostgresStorage(database.url);
    instances.second = await openPostgresStorage(database.url);
  });
  afterAll(async () => {
    await instances.first?.close();
    await instances.second?.close();
    await database?.drop();
  });
  return instances;
}
