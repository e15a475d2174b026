// In web mode the settings live in localStorage, which people, extensions and old versions can corrupt.
// Whatever is stored, the app starts: bad entries fall back to defaults and good ones are kept.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Platform } from '../../renderer/platform/Platform';
import { webPlatform } from '../../renderer/platform/webPlatform';
import { STORAGE_KEYS } from '../../renderer/platform/webStorage';
import type { SpaceMembership } from '../../shared/ipc/contract';
import type { Profile } from '../../shared/profile';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

const profile: Profile = {
  displayName: 'Amina Haddad',
  colour: '#1f6feb',
  organisation: 'Ministry of Justice',
  country: 'Morocco',
  language: 'ar',
};
const membership = (space: string): SpaceMembership => ({
  serverUrl: 'https://relay.example.org',
  space,
  spaceName: space,
  role: 'editor',
  token: `token-${space}`,
});

let storage: MemoryStorage;
let platform: Platform;
beforeEach(() => {
  storage = new MemoryStorage();
  platform = webPlatform(storage);
});

describe('web settings', () => {
  it('start empty on a fresh browser', async () => {
    expect(await platform.getProfile()).toBeNull();
    expect(await platform.listSpaces()).toEqual([]);
    expect(await platform.listRecentDocuments()).toEqual([]);
  });

  it('keep a saved profile and spaces across platform instances (reloads)', async () => {
    await platform.setProfile(profile);
    await platform.saveSpace(membership('tip-network'));
    const reloaded = webPlatform(storage);
    expect(await reloaded.getProfile()).toEqual(profile);
    expect(await reloaded.listSpaces()).toEqual([membership('tip-network')]);
  });

  it.each([
    ['not JSON', '{"displayName": "Am'],
    ['the wrong type', '42'],
    ['null', 'null'],
    ['a profile with a bad colour', JSON.stringify({ ...profile, colour: 'red' })],
    ['a profile in an unsupported language', JSON.stringify({ ...profile, language: 'xx' })],
  ])('treat a profile stored as %s as no profile, so first run asks again', async (_, stored) => {
    storage.setItem(STORAGE_KEYS.profile, stored);
    expect(await platform.getProfile()).toBeNull();
    await platform.setProfile(profile);
    expect(await platform.getProfile()).toEqual(profile);
  });

  it('keep the valid spaces when some stored entries are corrupt', async () => {
    const stored = [
      membership('first'),
      { space: 'NOT VALID' },
      'junk',
      { ...membership('x'), serverUrl: 'javascript:alert(1)' },
      membership('second'),
    ];
    storage.setItem(STORAGE_KEYS.spaces, JSON.stringify(stored));
    expect(await platform.listSpaces()).toEqual([membership('first'), membership('second')]);
  });

  it.each(['{', '"a string"', '{"0": 1}'])('read spaces stored as %s as none', async (stored) => {
    storage.setItem(STORAGE_KEYS.spaces, stored);
    expect(await platform.listSpaces()).toEqual([]);
    expect(await platform.saveSpace(membership('tip-network'))).toEqual([membership('tip-network')]);
  });

  it('read corrupt recent documents as none', async () => {
    storage.setItem(STORAGE_KEYS.recentDocuments, '[{"id": "../../etc"}]');
    expect(await platform.listRecentDocuments()).toEqual([]);
  });

  it('refuse to store an invalid profile and keep the previous one', async () => {
    await platform.setProfile(profile);
    await expect(platform.setProfile({ ...profile, displayName: '   ' })).rejects.toThrow();
    expect(await platform.getProfile()).toEqual(profile);
  });

  it('replace a rejoined space and list it last, as the current one', async () => {
    await platform.saveSpace(membership('first'));
    await platform.saveSpace(membership('second'));
    const rejoined = { ...membership('first'), role: 'owner' as const };
    expect(await platform.saveSpace(rejoined)).toEqual([membership('second'), rejoined]);
  });

  it('forget a space that is left', async () => {
    await platform.saveSpace(membership('first'));
    await platform.saveSpace(membership('second'));
    expect(await platform.removeSpace('https://relay.example.org', 'first')).toEqual([membership('second')]);
  });

  it('keep recent documents newest first without duplicates', async () => {
    const document = (id: string, openedAt: number) => ({
      serverUrl: 'https://relay.example.org',
      space: 'tip-network',
      id,
      title: id,
      openedAt,
    });
    await platform.addRecentDocument(document('a', 1));
    await platform.addRecentDocument(document('b', 2));
    const list = await platform.addRecentDocument(document('a', 3));
    expect(list.map((d) => d.id)).toEqual(['a', 'b']);
  });
});
