import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { fakeSafeStorage, openTestSettings, tempFoldersPerTest } from './settings-fixture';

const makeTempFolder = tempFoldersPerTest();

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LW1lbWJlci10b2tlbg.signature';
const membership: SpaceMembership = {
  serverUrl: 'https://relay.example',
  space: 'kenya-nrm',
  spaceName: 'Kenya NRM',
  role: 'editor',
  token: TOKEN,
};

describe('space tokens', () => {
  it('are encrypted with safeStorage on disk and given back decrypted', () => {
    const { folder, file } = makeTempFolder();
    openTestSettings(folder).saveSpace(membership);

    const onDisk = readFileSync(file, 'utf8');
    expect(onDisk).not.toContain(TOKEN);
    expect(onDisk).not.toContain('c2VjcmV0LW1lbWJlci10b2tlbg');
    expect(JSON.parse(onDisk).spaces[0].encryptedToken).toEqual(expect.any(String));
    expect(openTestSettings(folder).listSpaces()).toEqual([membership]);
  });

  it('stay in memory only when the OS has no key store (Linux basic_text), never on disk', () => {
    const { folder, file } = makeTempFolder();
    const messages: string[] = [];
    const settings = openTestSettings(folder, {
      safeStorage: fakeSafeStorage({ backend: 'basic_text' }),
      log: (message) => messages.push(message),
    });
    expect(settings.saveSpace(membership)).toEqual([membership]);

    expect(readFileSync(file, 'utf8')).not.toContain(TOKEN);
    expect(JSON.parse(readFileSync(file, 'utf8')).spaces[0].encryptedToken).toBeNull();
    expect(messages.join('\n')).toMatch(/kept in memory only/);
    // After a restart the token is gone, so the space is not offered as joined.
    expect(
      openTestSettings(folder, { safeStorage: fakeSafeStorage({ backend: 'basic_text' }) }).listSpaces(),
    ).toEqual([]);
  });

  it('replace the earlier membership when a space is joined again, and go when it is removed', () => {
    const { folder } = makeTempFolder();
    const settings = openTestSettings(folder);
    settings.saveSpace(membership);
    const promoted = { ...membership, role: 'owner' as const, token: `${TOKEN}2` };
    expect(settings.saveSpace(promoted)).toEqual([promoted]);
    expect(settings.removeSpace(membership.serverUrl, membership.space)).toEqual([]);
  });
});
