import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../shared/profile';
import { openTestSettings, tempFoldersPerTest } from './settings-fixture';

const makeTempFolder = tempFoldersPerTest();

const AMINA: Profile = {
  displayName: 'Amina',
  colour: '#336699',
  organisation: '',
  country: '',
  language: 'en',
};

const backupsIn = (folder: string) =>
  readdirSync(folder).filter((name) => /^settings\.corrupt-.+\.json$/.test(name));

describe('a corrupt settings file', () => {
  it.each([
    ['truncated JSON', '{"profile": {"displayName": "Am'],
    ['not JSON at all', '\u0000\u0000garbage'],
    ['a JSON array', '[1, 2, 3]'],
    ['a schema violation', JSON.stringify({ profile: { displayName: 42 }, spaces: 'many' })],
    [
      'a space on a server that is not http(s)',
      JSON.stringify({
        spaces: [
          {
            serverUrl: 'javascript:alert(1)',
            space: 's',
            spaceName: 's',
            role: 'editor',
            encryptedToken: null,
          },
        ],
      }),
    ],
  ])('(%s) is backed up and replaced by defaults, without a crash', (_, content) => {
    const { folder, file } = makeTempFolder();
    writeFileSync(file, content);
    const messages: string[] = [];
    const settings = openTestSettings(folder, { log: (message) => messages.push(message) });

    expect(settings.getProfile()).toBeNull();
    expect(settings.listSpaces()).toEqual([]);
    const backups = backupsIn(folder);
    expect(backups).toHaveLength(1);
    expect(readFileSync(path.join(folder, backups[0] ?? ''), 'utf8')).toBe(content);
    expect(messages.join('\n')).toMatch(/kept a copy at .*settings\.corrupt-/);
  });

  it('is recovered the same way when it goes bad while the app is running', () => {
    const { folder, file } = makeTempFolder();
    const settings = openTestSettings(folder);
    settings.setProfile(AMINA);
    writeFileSync(file, '{ oops');

    expect(settings.getProfile()).toBeNull();
    expect(backupsIn(folder)).toHaveLength(1);
    settings.setProfile(AMINA);
    expect(JSON.parse(readFileSync(file, 'utf8')).profile.displayName).toBe('Amina');
  });
});
