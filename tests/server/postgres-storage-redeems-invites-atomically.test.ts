// Members and invites on PostgreSQL: an invite with one use left admits exactly one of many people redeeming
// it at the same moment from different instances, and revocations are visible to every instance.
import { expect, test } from 'vitest';

import { twoInstancesPerFile } from './postgres-fixture';

// Two pools stand for two relay instances on the same database.
const instances = twoInstancesPerFile();

const invite = (codeHash: string, maxUses: number | null, expiresAt: number | null = null) => ({
  id: `invite-${codeHash}`,
  codeHash,
  space: 'ngo-network',
  role: 'editor' as const,
  createdBy: null,
  createdAt: Date.now(),
  expiresAt,
  maxUses,
  uses: 0,
  revokedAt: null,
});

test('the last use of an invite goes to exactly one of many people redeeming at once', async () => {
  const { first, second } = instances;
  await first.members.createInvite(invite('three-uses', 3));
  const now = Date.now();
  const attempts = Array.from({ length: 20 }, (_, i) =>
    (i % 2 ? first : second).members.redeemInvite('ngo-network', 'three-uses', now),
  );
  const results = await Promise.all(attempts);
  expect(results.filter((result) => result.ok)).toHaveLength(3);
  expect(results.filter((result) => !result.ok && result.reason === 'used-up')).toHaveLength(17);
  expect(results.find((result) => result.ok)).toEqual({ ok: true, role: 'editor' });
});

test('expired, unknown and other-space invites are refused with the reason', async () => {
  const { first, second } = instances;
  const now = Date.now();
  await first.members.createInvite(invite('expired', null, now - 1000));
  expect(await second.members.redeemInvite('ngo-network', 'expired', now)).toEqual({
    ok: false,
    reason: 'expired',
  });
  expect(await second.members.redeemInvite('ngo-network', 'no-such-code', now)).toEqual({
    ok: false,
    reason: 'unknown',
  });
  expect(await second.members.redeemInvite('other-space', 'three-uses', now)).toEqual({
    ok: false,
    reason: 'unknown',
  });
});

test('members added on one instance and revoked on another are seen revoked by both', async () => {
  const { first, second } = instances;
  const member = {
    id: 'member-1',
    space: 'ngo-network',
    name: 'Amina',
    role: 'commenter' as const,
    createdAt: 1_700_000_000_000,
    revokedAt: null,
  };
  await first.members.addMember(member);
  expect(await second.members.getMember('member-1')).toEqual(member);
  expect(await second.members.listMembers('ngo-network')).toEqual([member]);
  expect(await second.members.revokedAmong(['member-1'])).toEqual([]);
  expect(await second.members.revokeMember('other-space', 'member-1', 5)).toBe(false);
  expect(await second.members.revokeMember('ngo-network', 'member-1', 1_700_000_001_000)).toBe(true);
  expect(await first.members.revokedAmong(['member-1', 'nobody'])).toEqual(['member-1']);
  expect((await first.members.getMember('member-1'))?.revokedAt).toBe(1_700_000_001_000);
});
