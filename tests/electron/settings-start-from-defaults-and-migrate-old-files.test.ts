import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RecentDocument } from '../../shared/ipc/contract';
import { APP_VERSION, openTestSettings, tempFoldersPerTest } from './settings-fixture';

const makeTempFolder = tempFoldersPerTest();

const profile = {
  displayName: 'Amina',
  colour: '#336699',
  organisation: 'UNODC',
  country: 'Kenya',
  language: 'fr',
} as const;

describe('settings on first run', () => {
  it('start with no profile, no spaces, no recent documents and no saved window position', () => {
    const { folder } = makeTempFolder();
    const settings = openTestSettings(folder);
    expect(settings.getProfile()).toBeNull();
    expect(settings.listSpaces()).toEqual([]);
    expect(settings.listRecentDocuments()).toEqual([]);
    expect(settings.getWindowState()).toEqual({ bounds: null, maximized: false });
  });

  it('remember the profile across restarts', () => {
    const { folder } = makeTempFolder();
    openTestSettings(folder).setProfile(profile);
    expect(openTestSettings(folder).getProfile()).toEqual(profile);
  });

  it('keep recent documents most recent first, without duplicates, capped at twenty', () => {
    const { folder } = makeTempFolder();
    const settings = openTestSettings(folder);
    const doc = (id: string, openedAt: number): RecentDocument => ({
      serverUrl: 'https://relay.example',
      space: 'kenya-nrm',
      id,
      title: `Guideline ${id}`,
      openedAt,
    });
    for (let i = 0; i < 25; i++) settings.addRecentDocument(doc(`d${i}`, i));
    const recent = settings.addRecentDocument(doc('d3', 100));
    expect(recent).toHaveLength(20);
    expect(recent[0]).toEqual(doc('d3', 100));
    expect(recent.filter((entry) => entry.id === 'd3')).toHaveLength(1);
    expect(recent[1]?.id).toBe('d24');
  });
});

describe('a settings file written by a 0.0.x preview build', () => {
  it('is migrated: window state moves to its new key and spaces gain a name', () => {
    const { folder, file } = makeTempFolder();
    writeFileSync(
      file,
      JSON.stringify({
        profile,
        window: { bounds: { x: 10, y: 20, width: 900, height: 700 }, maximized: true },
        spaces: [
          { serverUrl: 'https://relay.example', space: 'kenya-nrm', role: 'editor', encryptedToken: null },
        ],
        recentDocuments: [],
        __internal__: { migrations: { version: '0.0.9' } },
      }),
    );
    const settings = openTestSettings(folder);
    expect(settings.getWindowState()).toEqual({
      bounds: { x: 10, y: 20, width: 900, height: 700 },
      maximized: true,
    });
    expect(settings.getProfile()).toEqual(profile);
    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    expect(onDisk.window).toBeUndefined();
    expect(onDisk.spaces[0].spaceName).toBe('kenya-nrm');
    expect(onDisk.__internal__.migrations.version).toBe(APP_VERSION);
  });
});
