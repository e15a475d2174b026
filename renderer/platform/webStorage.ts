// Settings kept in the browser's storage for web mode. Everything read back is validated: a corrupt or
// hand-edited entry falls back to defaults (or drops only the bad items) instead of breaking the app.
import type { z } from 'zod';
import {
  type RecentDocument,
  recentDocumentSchema,
  type SpaceMembership,
  spaceMembershipSchema,
} from '../../shared/ipc/contract';
import { type Profile, profileSchema } from '../../shared/profile';
import { withoutSpace, withRecentDocument, withSpace } from '../../shared/spaces-list';

export const STORAGE_KEYS = {
  profile: 'commons.profile',
  spaces: 'commons.spaces',
  recentDocuments: 'commons.recentDocuments',
} as const;

function readJson(storage: Storage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Keeps each valid item of a stored list, so one bad entry does not cost the person the others. */
function readList<T>(storage: Storage, key: string, item: z.ZodType<T>): T[] {
  const value = readJson(storage, key);
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = item.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

function write(storage: Storage, key: string, value: unknown): void {
  storage.setItem(key, JSON.stringify(value));
}

export function webSettings(storage: Storage) {
  return {
    readProfile(): Profile | null {
      const parsed = profileSchema.safeParse(readJson(storage, STORAGE_KEYS.profile));
      return parsed.success ? parsed.data : null;
    },
    writeProfile(profile: Profile): Profile {
      const valid = profileSchema.parse(profile);
      write(storage, STORAGE_KEYS.profile, valid);
      return valid;
    },
    readSpaces(): SpaceMembership[] {
      return readList(storage, STORAGE_KEYS.spaces, spaceMembershipSchema);
    },
    /** Adds or replaces a membership; the latest joined comes last, so it is the one opened next time. */
    writeSpace(membership: SpaceMembership): SpaceMembership[] {
      const spaces = withSpace(this.readSpaces(), spaceMembershipSchema.parse(membership));
      write(storage, STORAGE_KEYS.spaces, spaces);
      return spaces;
    },
    removeSpace(serverUrl: string, space: string): SpaceMembership[] {
      const spaces = withoutSpace(this.readSpaces(), { serverUrl, space });
      write(storage, STORAGE_KEYS.spaces, spaces);
      return spaces;
    },
    readRecentDocuments(): RecentDocument[] {
      return readList(storage, STORAGE_KEYS.recentDocuments, recentDocumentSchema);
    },
    /** Newest first, one entry per document, capped (shared/spaces-list.ts). */
    writeRecentDocument(document: RecentDocument): RecentDocument[] {
      const documents = withRecentDocument(this.readRecentDocuments(), recentDocumentSchema.parse(document));
      write(storage, STORAGE_KEYS.recentDocuments, documents);
      return documents;
    },
  };
}
