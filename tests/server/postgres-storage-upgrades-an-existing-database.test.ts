// A database set up by an earlier relay (migration 1 only) is brought up to date when a new relay opens it:
// its rooms, members and invites are all still there, and each old invite gets an id owners can revoke it by.
import pg from 'pg';
import { expect, test } from 'vitest';
import { MIGRATIONS } from '../../server/storage/postgres/migrations';
import { openPostgresStorage } from '../../server/storage/postgres/postgres';
import { databasePerFile } from './postgres-fixture';

const database = databasePerFile();

test('an old database keeps its rooms, members and invites, and its invites get ids', async () => {
  const old = new pg.Client({ connectionString: database.url });
  await old.connect();
  try {
    await old.query(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const first = MIGRATIONS[0];
    if (!first) throw new Error('no first migration');
    await old.query(first.sql);
    await old.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
      first.version,
      first.name,
    ]);
    await old.query(
      "INSERT INTO room_updates (room, data, created_at) VALUES ('west-africa/index', '\\x010203', 1)",
    );
    await old.query("INSERT INTO members VALUES ('ana', 'west-africa', 'Ana', 'owner', 1, NULL)");
    await old.query(
      "INSERT INTO invites VALUES ('hash-a', 'west-africa', 'editor', NULL, 1, NULL, NULL, 0), ('hash-b', 'west-africa', 'viewer', NULL, 2, NULL, 5, 0)",
    );
  } finally {
    await old.end();
  }

  const storage = await openPostgresStorage(database.url);
  try {
    expect((await storage.rooms.loadRoom('west-africa/index')).updates).toEqual([new Uint8Array([1, 2, 3])]);
    expect((await storage.members.getMember('ana'))?.role).toBe('owner');
    expect(await storage.members.hasAnySpace()).toBe(true);
    const invites = await storage.members.listInvites('west-africa', Date.now());
    expect(invites.map((invite) => invite.codeHash)).toEqual(['hash-a', 'hash-b']);
    const [firstId, secondId] = invites.map((invite) => invite.id);
    expect(firstId).toMatch(/^[0-9a-f]{32}$/);
    expect(secondId).not.toBe(firstId);
    expect(await storage.members.revokeInvite('west-africa', firstId as string, Date.now())).toBe(true);
    expect(await storage.members.redeemInvite('west-africa', 'hash-a', Date.now())).toEqual({
      ok: false,
      reason: 'unknown',
    });
    expect(await storage.members.redeemInvite('west-africa', 'hash-b', Date.now())).toEqual({
      ok: true,
      role: 'viewer',
    });
  } finally {
    await storage.close();
  }
});
