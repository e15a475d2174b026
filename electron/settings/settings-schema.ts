// What the settings file holds, its JSON schema (electron-store validates every write with it), defaults and the
// migrations that bring a file written by an older version up to date.
import type Conf from 'conf';
import type { Options, Schema } from 'conf';
import type { RecentDocument } from '../../shared/ipc/contract';
import type { Profile } from '../../shared/profile';
import { UI_LANGUAGES } from '../../shared/profile';
import { ROLES } from '../../shared/roles';
import { SPACE_ID_PATTERN } from '../../shared/rooms';
import type { WindowState } from '../window-state';

/** A space as stored: the token never appears here in plain text (see token-vault.ts). */
export interface StoredSpace {
  serverUrl: string;
  space: string;
  spaceName: string;
  role: (typeof ROLES)[number];
  /** The token encrypted with safeStorage, base64; null when it could only be kept for the session. */
  encryptedToken: string | null;
}

export interface SettingsData extends Record<string, unknown> {
  profile: Profile | null;
  spaces: StoredSpace[];
  windowState: WindowState;
  recentDocuments: RecentDocument[];
}

export const MAX_SPACES = 500;
export const MAX_RECENT_DOCUMENTS = 20;

export const SETTINGS_DEFAULTS: SettingsData = {
  profile: null,
  spaces: [],
  windowState: { bounds: null, maximized: false },
  recentDocuments: [],
};

const patternOf = (regex: RegExp) => regex.source;
const httpUrl = { type: 'string', maxLength: 2048, pattern: '^https?://' } as const;

const bounds = {
  type: 'object',
  properties: {
    x: { type: 'integer' },
    y: { type: 'integer' },
    width: { type: 'integer', minimum: 1 },
    height: { type: 'integer', minimum: 1 },
  },
  required: ['x', 'y', 'width', 'height'],
} as const;

export const SETTINGS_SCHEMA: Schema<SettingsData> = {
  profile: {
    type: ['object', 'null'],
    properties: {
      displayName: { type: 'string', minLength: 1, maxLength: 80 },
      colour: { type: 'string', pattern: '^#[0-9a-fA-F]{6}$' },
      organisation: { type: 'string', maxLength: 120 },
      country: { type: 'string', maxLength: 80 },
      language: { enum: [...UI_LANGUAGES] },
    },
    required: ['displayName', 'colour', 'organisation', 'country', 'language'],
  },
  spaces: {
    type: 'array',
    maxItems: MAX_SPACES,
    items: {
      type: 'object',
      properties: {
        serverUrl: httpUrl,
        space: { type: 'string', pattern: patternOf(SPACE_ID_PATTERN) },
        spaceName: { type: 'string', maxLength: 120 },
        role: { enum: [...ROLES] },
        encryptedToken: { type: ['string', 'null'], maxLength: 16384 },
      },
      required: ['serverUrl', 'space', 'spaceName', 'role', 'encryptedToken'],
    },
  },
  windowState: {
    type: 'object',
    properties: {
      bounds: { anyOf: [bounds, { type: 'null' }] },
      maximized: { type: 'boolean' },
    },
    required: ['bounds', 'maximized'],
  },
  recentDocuments: {
    type: 'array',
    maxItems: MAX_RECENT_DOCUMENTS,
    items: {
      type: 'object',
      properties: {
        serverUrl: httpUrl,
        space: { type: 'string', pattern: patternOf(SPACE_ID_PATTERN) },
        id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' },
        title: { type: 'string', maxLength: 300 },
        openedAt: { type: 'integer', minimum: 0 },
      },
      required: ['serverUrl', 'space', 'id', 'title', 'openedAt'],
    },
  },
};

/**
 * Keyed by the app version that introduced the change; each runs once, in order, on files written by older
 * versions (and on a fresh file, so each must leave an up-to-date file unchanged).
 */
export const SETTINGS_MIGRATIONS: NonNullable<Options<SettingsData>['migrations']> = {
  // 0.0.x preview builds kept window state under `window` and had no space names.
  '0.1.0': (store: Conf<SettingsData>) => {
    const loose = store as unknown as Conf<Record<string, unknown>>;
    if (loose.has('window')) {
      const legacy = loose.get('window') as Partial<WindowState> | undefined;
      store.set('windowState', { bounds: legacy?.bounds ?? null, maximized: legacy?.maximized === true });
      loose.delete('window');
    }
    const spaces = (store.get('spaces') ?? []) as Array<Partial<StoredSpace>>;
    if (spaces.some((space) => typeof space.spaceName !== 'string')) {
      store.set(
        'spaces',
        spaces.map((space) => ({ ...space, spaceName: space.spaceName ?? space.space ?? '' }) as StoredSpace),
      );
    }
  },
};
