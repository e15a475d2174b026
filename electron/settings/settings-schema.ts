// What the settings file holds, written once as a zod schema: the JSON Schema electron-store validates every
// write with is derived from it, with the defaults and the migrations that bring older files up to date.
import type Conf from 'conf';
import type { Options, Schema } from 'conf';
import { z } from 'zod';
import { recentDocumentSchema, spaceMembershipSchema } from '../../shared/ipc/contract';
import { profileSchema } from '../../shared/profile';
import { MAX_RECENT_DOCUMENTS, MAX_SPACES } from '../../shared/spaces-list';

// The contract checks server URLs with a refinement, which JSON Schema cannot carry; this pattern keeps the
// file's copy of them to http(s) as well.
const storedServerUrl = z
  .string()
  .max(2048)
  .regex(/^https?:\/\//);

/** A space as stored: the token never appears here in plain text (see token-vault.ts). */
const storedSpaceSchema = spaceMembershipSchema.omit({ token: true }).extend({
  serverUrl: storedServerUrl,
  /** The token encrypted with safeStorage, base64; null when it could only be kept for the session. */
  encryptedToken: z.string().max(16384).nullable(),
});
export type StoredSpace = z.infer<typeof storedSpaceSchema>;

const windowStateSchema = z.object({
  bounds: z
    .object({
      x: z.number().int(),
      y: z.number().int(),
      width: z.number().int().min(1),
      height: z.number().int().min(1),
    })
    .nullable(),
  maximized: z.boolean(),
});

export const settingsSchema = z.object({
  profile: profileSchema.nullable(),
  spaces: z.array(storedSpaceSchema).max(MAX_SPACES),
  windowState: windowStateSchema,
  recentDocuments: z
    .array(recentDocumentSchema.extend({ serverUrl: storedServerUrl }))
    .max(MAX_RECENT_DOCUMENTS),
});
export type SettingsData = z.infer<typeof settingsSchema>;

export const SETTINGS_DEFAULTS: SettingsData = {
  profile: null,
  spaces: [],
  windowState: { bounds: null, maximized: false },
  recentDocuments: [],
};

/**
 * electron-store's schema: one JSON Schema per top-level key, derived from settingsSchema. Read as zod reads
 * input, so keys a newer or older version added are tolerated (as before), not a reason to discard the file.
 */
export const SETTINGS_SCHEMA = deriveStoreSchema(settingsSchema);

function deriveStoreSchema(schema: typeof settingsSchema): Schema<SettingsData> {
  const json = z.toJSONSchema(schema, { target: 'draft-07', io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, Record<string, unknown>>;
  };
  return json.properties as unknown as Schema<SettingsData>;
}

/**
 * Keyed by the app version that introduced the change; each runs once, in order, on files written by older
 * versions (and on a fresh file, so each must leave an up-to-date file unchanged).
 */
export const SETTINGS_MIGRATIONS: NonNullable<Options<SettingsData>['migrations']> = {
  // 0.0.x preview builds kept window state under `window` and had no space names.
  '0.1.0': (store: Conf<SettingsData>) => {
    const loose = store as unknown as Conf<Record<string, unknown>>;
    if (loose.has('window')) {
      const legacy = loose.get('window') as Partial<SettingsData['windowState']> | undefined;
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
