// Opens the settings file, never crashing on a bad one: a file that is not JSON, fails the schema or breaks a
// migration is copied to settings.corrupt-<time>.json next to it (so nothing the person had is lost for good)
// and replaced by defaults. The store itself is made by an injected factory, so tests use a temp folder.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type Conf from 'conf';
import type { Options } from 'conf';
import {
  SETTINGS_DEFAULTS,
  SETTINGS_MIGRATIONS,
  SETTINGS_SCHEMA,
  type SettingsData,
} from './settings-schema';

export const SETTINGS_FILE_NAME = 'settings';

/** What openSettingsStore asks the factory for; the factory adds the file name and the app version. */
export type SettingsStoreOptions = Pick<
  Options<SettingsData>,
  'cwd' | 'schema' | 'defaults' | 'migrations' | 'clearInvalidConfig' | 'ajvOptions'
>;

export type SettingsStoreFactory = (options: SettingsStoreOptions) => Conf<SettingsData>;

export interface OpenSettingsOptions {
  /** The folder holding settings.json (app.getPath('userData') in the app). */
  cwd: string;
  createStore: SettingsStoreFactory;
  log?: (message: string) => void;
  now?: () => Date;
}

export interface OpenedSettingsStore {
  store: Conf<SettingsData>;
  /** Backs up the current file and resets to defaults; for a file that went bad while the app was running. */
  recover(reason: unknown): void;
}

export function openSettingsStore({
  cwd,
  createStore,
  log = console.warn,
  now = () => new Date(),
}: OpenSettingsOptions): OpenedSettingsStore {
  const file = path.join(cwd, `${SETTINGS_FILE_NAME}.json`);
  const options: SettingsStoreOptions = {
    cwd,
    schema: SETTINGS_SCHEMA,
    defaults: SETTINGS_DEFAULTS,
    migrations: SETTINGS_MIGRATIONS,
    // We recover ourselves, after taking a backup; electron-store's own clearing would drop the file silently.
    clearInvalidConfig: false,
    // `type: [..., 'null']` is how JSON schema says "or null"; ajv only needs telling that it is intended.
    ajvOptions: { allowUnionTypes: true },
  };
  // Keep the bytes as found: opening rewrites the file (defaults merged in) before a migration or the schema fails.
  const original = existsSync(file) ? readFileSync(file) : null;
  const backUpAndRemove = (content: Buffer, reason: unknown) => {
    const backup = backUpCorruptFile(file, content, now());
    log(
      `Settings file was unreadable (${reasonText(reason)}); kept a copy at ${backup} and started from defaults.`,
    );
  };

  const problem = original === null ? null : jsonProblem(original);
  if (original !== null && problem !== null) backUpAndRemove(original, problem);
  let store: Conf<SettingsData>;
  try {
    store = createStore(options);
  } catch (error) {
    // With no file to blame (a folder that cannot be written, say) there is nothing to recover from.
    if (original === null) throw error;
    backUpAndRemove(original, error);
    store = createStore(options);
  }
  return {
    store,
    recover(reason) {
      if (existsSync(file)) backUpAndRemove(readFileSync(file), reason);
      store.clear();
    },
  };
}

/** Writes the bad file's content aside and removes the file; returns the backup's path. */
export function backUpCorruptFile(file: string, content: Buffer, when: Date): string {
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  const backup = path.join(path.dirname(file), `${SETTINGS_FILE_NAME}.corrupt-${stamp}.json`);
  writeFileSync(backup, content, { mode: 0o600 });
  rmSync(file, { force: true });
  return backup;
}

function jsonProblem(content: Buffer): string | null {
  try {
    const data: unknown = JSON.parse(content.toString('utf8'));
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? null : 'not a JSON object';
  } catch (error) {
    return reasonText(error);
  }
}

function reasonText(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}
