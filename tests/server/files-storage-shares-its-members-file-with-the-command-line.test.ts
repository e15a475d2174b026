// The relay and a command-line task may open the same files-backed folder at once, each with its own queue:
// the lock on the members file still lets exactly one of them use a setup code or an invite's last use, and
// each sees what the other wrote (a revocation from the command line reaches the relay's next check).
import { rmSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { openFileStorage } from '../../server/storage/files/files';
import { tempDir } from './support/relay';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const NOW = 1_780_000_000_000;

test('two openers of one folder use a setup code once and an invite as often as it allows', async () => {
  const dataDir = tempDir('commons-files-');
  folders.push(dataDir);
  const relay = await openFileStorage(dataDir);
  const commandLine = await openFileStorage(dataDir);
  await relay.members.createSetupCode({ codeHash: 'setup', createdAt: NOW, expiresAt: NOW + 60_000 });
  await commandLine.members.createInvite({
    id: 'invite-1',
    codeHash: 'invite',
    space: 'west-africa',
    role: 'editor',
    createdBy: null,
    createdAt: NOW,
    expiresAt: null,
    maxUses: 3,
    uses: 0,
    revokedAt: null,
  });

  const setups = await Promise.all(
    Array.from({ length: 8 }, (_, i) => (i % 2 ? relay : commandLine).members.useSetupCode('setup', NOW)),
  );
  expect(setups.filter((result) => result.ok)).toHaveLength(1);
  const joins = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      (i % 2 ? relay : commandLine).members.redeemInvite('west-africa', 'invite', NOW),
    ),
  );
  expect(joins.filter((result) => result.ok)).toHaveLength(3);

  await relay.members.addMember({
    id: 'kofi',
    space: 'west-africa',
    name: 'Kofi',
    role: 'editor',
    createdAt: NOW,
    revokedAt: null,
  });
  expect(await relay.members.revokedAmong(['kofi'])).toEqual([]);
  expect(await commandLine.members.revokeMember('west-africa', 'kofi', NOW)).toBe(true);
  expect(await relay.members.revokedAmong(['kofi'])).toEqual(['kofi']);
});
