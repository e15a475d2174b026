// A settings store in a fresh temp folder, built the way main builds it but on `conf` (the class electron-store
// extends; electron-store itself only adds Electron's userData folder as the default location).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach } from 'vitest';
import {
  openSettingsStore,
  SETTINGS_FILE_NAME,
  type SettingsStoreFactory,
} from '../../electron/settings/open-settings-store';
import { Settings } from '../../electron/settings/settings';
import type { SettingsData } from '../../electron/settings/settings-schema';
import { createSafeStorageVault } from '../../electron/settings/token-vault';

export const APP_VERSION = '0.1.0';

export const createTestStore: SettingsStoreFactory = (options) =>
  new Conf<SettingsData>({ ...options, configName: SETTINGS_FILE_NAME, projectVersion: APP_VERSION });

/** A stand-in for Electron's safeStorage: reversible, and visibly not the plain token. */
export function fakeSafeStorage({ available = true, backend = 'gnome_libsecret' } = {}) {
  const seal = (text: string) => Buffer.from(text, 'utf8').map((byte) => byte ^ 0x5a);
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend as 'gnome_libsecret',
    encryptString: (text: string) => Buffer.from(seal(text)),
    decryptString: (data: Buffer) => Buffer.from(data.map((byte) => byte ^ 0x5a)).toString('utf8'),
  };
}

/** Returns a maker of fresh temp folders (each holding where settings.json goes), removed after each test. */
export function tempFoldersPerTest(): () => { folder: string; file: string } {
  const made: string[] = [];
  afterEach(() => {
    for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'commons-settings-'));
    made.push(folder);
    return { folder, file: path.join(folder, `${SETTINGS_FILE_NAME}.json`) };
  };
}

export function openTestSettings(
  folder: string,
  { safeStorage = fakeSafeStorage(), log = (_: string) => {} } = {},
): Settings {
  const { store, recover } = openSettingsStore({ cwd: folder, createStore: createTestStore, log });
  return new Settings(store, createSafeStorageVault(safeStorage, 'linux', log), { recover, log });
}
