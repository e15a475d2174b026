// One behaviour suite for every storage backend (SQLite, plain files, PostgreSQL): each backend's test file
// calls storageBehaviour with a way to make an empty store, so the three cannot drift apart.
import { afterEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import type { Invite, Member, RelayStorage, Space } from '../../../server/storage/storage';
import { editor, replay } from './room-edits';

/** An empty store that can be opened, closed and opened again with the same contents. */
export interface EmptyStore {
  open(): Promise<RelayStorage>;
  /** Removes the store once the test is over. */
  remove(): Promise<void>;
}

const DAY = 86_400_000;
const NOW = 1_780_000_000_000;

const space = (id: string, createdAt = NOW): Space => ({
  id,
  name: `The ${id} space`,
  description: 'Guidelines for field teams',
  languages: ['en', 'fr'],
  createdAt,
  createdBy: null,
});

const member = (id: string, overrides: Partial<Member> = {}): Member => ({
  id,
  space: 'west-africa',
  name: `Person ${id}`,
  role: 'editor',
  createdAt: NOW,
  revokedAt: null,
  ...overrides,
});

const invite = (id: string, overrides: Partial<Invite> = {}): Invite => ({
  id,
  codeHash: `hash-of-${id}`,
  space: 'west-africa',
  role: 'editor',
  createdBy: 'owner-1',
  createdAt: NOW,
  expiresAt: NOW + 7 * DAY,
  maxUses: null,
  uses: 0,
  revokedAt: null,
  ...overrides,
});

export function storageBehaviour(backend: string, emptyStore: () => Promise<EmptyStore>): void {
  const cleanups: (() => Promise<void>)[] = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A fresh empty store, opened; closed and removed after the test. */
  async function fresh(): Promise<{ storage: RelayStorage; reopen(): Promise<RelayStorage> }> {
    const store = await emptyStore();
    cleanups.push(() => store.remove());
    const opened: RelayStorage[] = [];
    cleanups.push(async () => {
      for (const storage of opened) await storage.close();
    });
    const open = async () => {
      const storage = await store.open();
      opened.push(storage);
      return storage;
    };
    return { storage: await open(), reopen: open };
  }

  describe(`${backend} storage`, () => {
    test('a room logs updates in order, keeps rooms apart, and compaction keeps every edit', async () => {
      const { storage } = await fresh();
      const { rooms } = storage;
      expect(await rooms.loadRoom('west-africa/doc/a')).toEqual({
        snapshot: null,
        updates: [],
        lastSeq: 0,
        updateBytes: 0,
      });
      const writer = editor();
      const first = [writer.edit('one'), writer.edit('two')];
      const firstSeq = await rooms.appendUpdates('west-africa/doc/a', first);
      await rooms.appendUpdates('west-africa/doc/b', [editor().edit('elsewhere')]);
      const thirdSeq = await rooms.appendUpdates('west-africa/doc/a', [writer.edit('three')]);
      expect(thirdSeq).toBeGreaterThan(firstSeq);

      const loaded = await rooms.loadRoom('west-africa/doc/a');
      expect(loaded.snapshot).toBeNull();
      expect(replay(loaded)).toEqual(['one', 'two', 'three']);
      expect(loaded.lastSeq).toBe(thirdSeq);
      expect(loaded.updateBytes).toBe(loaded.updates.reduce((sum, update) => sum + update.byteLength, 0));
      expect(replay(await rooms.loadRoom('west-africa/doc/b'))).toEqual(['elsewhere']);

      await rooms.compact('west-africa/doc/a', Y.encodeStateAsUpdate(writer.doc), thirdSeq);
      const compacted = await rooms.loadRoom('west-africa/doc/a');
      expect(compacted.snapshot).not.toBeNull();
      expect(compacted.updates).toEqual([]);
      expect(compacted.updateBytes).toBe(0);
      expect(compacted.lastSeq).toBe(thirdSeq);
      expect(replay(compacted)).toEqual(['one', 'two', 'three']);

      const fourthSeq = await rooms.appendUpdates('west-africa/doc/a', [writer.edit('four')]);
      expect(fourthSeq).toBeGreaterThan(thirdSeq);
      const later = await rooms.loadRoom('west-africa/doc/a');
      expect(later.updates).toHaveLength(1);
      expect(later.lastSeq).toBe(fourthSeq);
      expect(replay(later)).toEqual(['one', 'two', 'three', 'four']);
    });

    test('compacting part of the log keeps the updates after it', async () => {
      const { storage } = await fresh();
      const writer = editor();
      const throughSeq = await storage.rooms.appendUpdates('r', [writer.edit('a'), writer.edit('b')]);
      const snapshot = Y.encodeStateAsUpdate(writer.doc);
      const lastSeq = await storage.rooms.appendUpdates('r', [writer.edit('c')]);
      await storage.rooms.compact('r', snapshot, throughSeq);
      const loaded = await storage.rooms.loadRoom('r');
      expect(loaded.updates).toHaveLength(1);
      expect(loaded.lastSeq).toBe(lastSeq);
      expect(replay(loaded)).toEqual(['a', 'b', 'c']);
    });

    test('a space id is taken once; hasAnySpace notices a space or, in older data, a member', async () => {
      const { storage } = await fresh();
      const { members } = storage;
      expect(await members.hasAnySpace()).toBe(false);
      expect(await members.listSpaces()).toEqual([]);
      expect(await members.createSpace(space('west-africa'))).toBe(true);
      expect(await members.createSpace({ ...space('west-africa'), name: 'Another' })).toBe(false);
      expect(await members.createSpace(space('andes', NOW - 1000))).toBe(true);
      expect(await members.getSpace('west-africa')).toEqual(space('west-africa'));
      expect(await members.getSpace('nowhere')).toBeNull();
      expect((await members.listSpaces()).map((known) => known.id)).toEqual(['andes', 'west-africa']);
      expect(await members.hasAnySpace()).toBe(true);

      const { storage: older } = await fresh();
      await older.members.addMember(member('m-1'));
      expect(await older.members.hasAnySpace()).toBe(true);
    });

    test('a setup code works once, and an expired or unknown code never', async () => {
      const { storage } = await fresh();
      const { members } = storage;
      await members.createSetupCode({ codeHash: 'fresh', createdAt: NOW, expiresAt: NOW + 7 * DAY });
      await members.createSetupCode({ codeHash: 'stale', createdAt: NOW - 8 * DAY, expiresAt: NOW - DAY });

      expect(await members.checkSetupCode('fresh', NOW)).toEqual({ ok: true });
      expect(await members.checkSetupCode('fresh', NOW)).toEqual({ ok: true });
      expect(await members.useSetupCode('fresh', NOW)).toEqual({ ok: true });
      expect(await members.useSetupCode('fresh', NOW)).toEqual({ ok: false, reason: 'used' });
      expect(await members.checkSetupCode('fresh', NOW)).toEqual({ ok: false, reason: 'used' });

      expect(await members.checkSetupCode('stale', NOW)).toEqual({ ok: false, reason: 'expired' });
      expect(await members.useSetupCode('stale', NOW)).toEqual({ ok: false, reason: 'expired' });
      expect(await members.checkSetupCode('forged', NOW)).toEqual({ ok: false, reason: 'unknown' });
      expect(await members.useSetupCode('forged', NOW)).toEqual({ ok: false, reason: 'unknown' });
    });

    test('of many people using one setup code at once, exactly one succeeds', async () => {
      const { storage } = await fresh();
      await storage.members.createSetupCode({ codeHash: 'once', createdAt: NOW, expiresAt: NOW + DAY });
      const results = await Promise.all(
        Array.from({ length: 12 }, () => storage.members.useSetupCode('once', NOW)),
      );
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.filter((result) => !result.ok && result.reason === 'used')).toHaveLength(11);
    });

    test('invites are listed while open, keep their ids, and a revoked one can no longer be redeemed', async () => {
      const { storage } = await fresh();
      const { members } = storage;
      await members.createInvite(invite('open'));
      await members.createInvite(invite('expired', { expiresAt: NOW - 1 }));
      await members.createInvite(invite('single-use', { maxUses: 1, createdAt: NOW + 1 }));
      await members.createInvite(invite('to-revoke', { createdAt: NOW + 2, expiresAt: null }));
      await members.createInvite(invite('elsewhere', { space: 'andes' }));

      expect(await members.redeemInvite('west-africa', 'hash-of-single-use', NOW)).toEqual({
        ok: true,
        role: 'editor',
      });
      expect((await members.listInvites('west-africa', NOW)).map((open) => open.id)).toEqual([
        'open',
        'to-revoke',
      ]);
      expect((await members.listInvites('west-africa', NOW))[0]).toEqual(invite('open'));

      expect(await members.revokeInvite('andes', 'to-revoke', NOW)).toBe(false);
      expect(await members.revokeInvite('west-africa', 'no-such-invite', NOW)).toBe(false);
      expect(await members.revokeInvite('west-africa', 'to-revoke', NOW + 5)).toBe(true);
      expect(await members.revokeInvite('west-africa', 'to-revoke', NOW + 6)).toBe(false);
      expect((await members.listInvites('west-africa', NOW)).map((open) => open.id)).toEqual(['open']);
      expect(await members.redeemInvite('west-africa', 'hash-of-to-revoke', NOW)).toEqual({
        ok: false,
        reason: 'unknown',
      });

      expect(await members.redeemInvite('west-africa', 'hash-of-expired', NOW)).toEqual({
        ok: false,
        reason: 'expired',
      });
      expect(await members.redeemInvite('west-africa', 'hash-of-single-use', NOW)).toEqual({
        ok: false,
        reason: 'used-up',
      });
      expect(await members.redeemInvite('west-africa', 'hash-of-elsewhere', NOW)).toEqual({
        ok: false,
        reason: 'unknown',
      });
      expect(await members.redeemInvite('west-africa', 'hash-of-nothing', NOW)).toEqual({
        ok: false,
        reason: 'unknown',
      });
      expect((await members.listInvites('andes', NOW)).map((open) => open.id)).toEqual(['elsewhere']);
    });

    test('the last uses of an invite go to exactly as many people as it allows', async () => {
      const { storage } = await fresh();
      await storage.members.createInvite(invite('three', { maxUses: 3 }));
      const results = await Promise.all(
        Array.from({ length: 10 }, () => storage.members.redeemInvite('west-africa', 'hash-of-three', NOW)),
      );
      expect(results.filter((result) => result.ok)).toHaveLength(3);
      expect(await storage.members.listInvites('west-africa', NOW)).toEqual([]);
    });

    test("an owner changes an active member's role; a revoked, unknown or other-space member is refused", async () => {
      const { storage } = await fresh();
      const { members } = storage;
      await members.addMember(member('ana', { role: 'owner' }));
      await members.addMember(member('ben', { createdAt: NOW + 1 }));
      await members.addMember(member('cleo', { createdAt: NOW + 2 }));
      await members.addMember(member('dan', { space: 'andes' }));

      expect(await members.setMemberRole('west-africa', 'ben', 'viewer')).toEqual(
        member('ben', { createdAt: NOW + 1, role: 'viewer' }),
      );
      expect((await members.getMember('ben'))?.role).toBe('viewer');

      expect(await members.revokeMember('andes', 'cleo', NOW)).toBe(false);
      expect(await members.revokeMember('west-africa', 'cleo', NOW + 10)).toBe(true);
      expect(await members.revokedAmong(['ana', 'cleo', 'nobody'])).toEqual(['cleo']);
      expect(await members.setMemberRole('west-africa', 'cleo', 'owner')).toBeNull();
      expect((await members.getMember('cleo'))?.role).toBe('editor');
      expect(await members.setMemberRole('west-africa', 'nobody', 'owner')).toBeNull();
      expect(await members.setMemberRole('west-africa', 'dan', 'owner')).toBeNull();

      expect((await members.listMembers('west-africa')).map((known) => [known.id, known.revokedAt])).toEqual([
        ['ana', null],
        ['ben', null],
        ['cleo', NOW + 10],
      ]);
    });

    test('a named version keeps its state apart from the room log', async () => {
      const { storage } = await fresh();
      const state = Y.encodeStateAsUpdate(editor().doc);
      const version = {
        id: 'v-2',
        room: 'west-africa/doc/a',
        name: 'Sent to the board',
        createdBy: 'ana',
        createdAt: NOW + 1,
        state,
      };
      await storage.versions.saveVersion(version);
      await storage.versions.saveVersion({ ...version, id: 'v-1', name: 'First draft', createdAt: NOW });
      await storage.versions.saveVersion({ ...version, room: 'west-africa/doc/b', id: 'v-3' });

      const { state: _state, ...summary } = version;
      expect(await storage.versions.listVersions('west-africa/doc/a')).toEqual([
        { ...summary, id: 'v-1', name: 'First draft', createdAt: NOW },
        summary,
      ]);
      expect(await storage.versions.loadVersion('west-africa/doc/a', 'v-2')).toEqual(version);
      expect(await storage.versions.loadVersion('west-africa/doc/a', 'v-3')).toBeNull();
      expect(await storage.versions.listVersions('west-africa/doc/c')).toEqual([]);
      expect((await storage.rooms.loadRoom('west-africa/doc/a')).updates).toEqual([]);
    });

    test('closing and opening again keeps rooms, spaces, members, invites, setup codes and versions', async () => {
      const { storage, reopen } = await fresh();
      const writer = editor();
      const seq = await storage.rooms.appendUpdates('west-africa/index', [writer.edit('kept')]);
      await storage.members.createSpace(space('west-africa'));
      await storage.members.addMember(member('ana'));
      await storage.members.createInvite(invite('open'));
      await storage.members.createSetupCode({ codeHash: 'used', createdAt: NOW, expiresAt: NOW + DAY });
      await storage.members.useSetupCode('used', NOW);
      const version = { id: 'v', room: 'west-africa/index', name: 'v', createdBy: null, createdAt: NOW };
      await storage.versions.saveVersion({ ...version, state: new Uint8Array([1, 2, 3]) });
      await storage.close();

      const again = await reopen();
      const room = await again.rooms.loadRoom('west-africa/index');
      expect(replay(room)).toEqual(['kept']);
      expect(room.lastSeq).toBe(seq);
      expect(await again.rooms.appendUpdates('west-africa/index', [writer.edit('more')])).toBeGreaterThan(
        seq,
      );
      expect(await again.members.getSpace('west-africa')).toEqual(space('west-africa'));
      expect(await again.members.getMember('ana')).toEqual(member('ana'));
      expect(await again.members.listInvites('west-africa', NOW)).toEqual([invite('open')]);
      expect(await again.members.useSetupCode('used', NOW)).toEqual({ ok: false, reason: 'used' });
      expect(await again.versions.loadVersion('west-africa/index', 'v')).toEqual({
        ...version,
        state: new Uint8Array([1, 2, 3]),
      });
    });
  });
}
