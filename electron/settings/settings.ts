// The desktop settings as the rest of main uses them: profile, joined spaces (tokens through the vault),
// window state and recent documents. Reads that hit a file gone bad at runtime recover instead of throwing.
import type Conf from 'conf';
import type { RecentDocument, SpaceMembership } from '../../shared/ipc/contract';
import type { Profile } from '../../shared/profile';
import { withoutSpace, withRecentDocument, withSpace } from '../../shared/spaces-list';
import type { WindowState } from '../window-state';
import { SETTINGS_DEFAULTS, type SettingsData, type StoredSpace } from './settings-schema';
import type { TokenVault } from './token-vault';

/** Key of the tokens kept for this session only. */
const spaceKey = (serverUrl: string, space: string) => `${serverUrl}\n${space}`;

export class Settings {
  readonly #store: Conf<SettingsData>;
  readonly #vault: TokenVault;
  readonly #recover: (reason: unknown) => void;
  readonly #log: (message: string) => void;
  /** Tokens that could not be encrypted for disk live here until the app quits. */
  readonly #sessionTokens = new Map<string, string>();

  constructor(
    store: Conf<SettingsData>,
    vault: TokenVault,
    { recover, log = console.warn }: { recover: (reason: unknown) => void; log?: (message: string) => void },
  ) {
    this.#store = store;
    this.#vault = vault;
    this.#recover = recover;
    this.#log = log;
  }

  getProfile(): Profile | null {
    return this.#read('profile');
  }

  setProfile(profile: Profile): Profile {
    this.#store.set('profile', profile);
    return profile;
  }

  /** Spaces whose token is usable; a space whose token cannot be decrypted any more must be joined again. */
  listSpaces(): SpaceMembership[] {
    const memberships: SpaceMembership[] = [];
    for (const stored of this.#read('spaces')) {
      const token = this.#tokenOf(stored);
      if (token === null) {
        this.#log(
          `No usable token for space ${stored.space} on ${stored.serverUrl}; it must be joined again.`,
        );
        continue;
      }
      const { encryptedToken: _, ...membership } = stored;
      memberships.push({ ...membership, token });
    }
    return memberships;
  }

  /** Adds the space, or replaces the one with the same server and space id (shared/spaces-list.ts rules). */
  saveSpace(membership: SpaceMembership): SpaceMembership[] {
    const key = spaceKey(membership.serverUrl, membership.space);
    const { token, ...rest } = membership;
    let encryptedToken: string | null = null;
    if (this.#vault.canPersist) {
      encryptedToken = this.#vault.encrypt(token);
      this.#sessionTokens.delete(key);
    } else {
      this.#sessionTokens.set(key, token);
    }
    this.#store.set('spaces', withSpace(this.#read('spaces'), { ...rest, encryptedToken }));
    return this.listSpaces();
  }

  removeSpace(serverUrl: string, space: string): SpaceMembership[] {
    const key = spaceKey(serverUrl, space);
    this.#sessionTokens.delete(key);
    this.#store.set('spaces', withoutSpace(this.#read('spaces'), { serverUrl, space }));
    return this.listSpaces();
  }

  /** Most recent first, one entry per document, capped (shared/spaces-list.ts rules). */
  listRecentDocuments(): RecentDocument[] {
    return this.#read('recentDocuments');
  }

  addRecentDocument(document: RecentDocument): RecentDocument[] {
    const recent = withRecentDocument(this.#read('recentDocuments'), document);
    this.#store.set('recentDocuments', recent);
    return recent;
  }

  getWindowState(): WindowState {
    return this.#read('windowState');
  }

  setWindowState(state: WindowState): void {
    this.#store.set('windowState', state);
  }

  #tokenOf(stored: StoredSpace): string | null {
    if (stored.encryptedToken !== null) return this.#vault.decrypt(stored.encryptedToken);
    return this.#sessionTokens.get(spaceKey(stored.serverUrl, stored.space)) ?? null;
  }

  #read<K extends keyof SettingsData>(key: K): SettingsData[K] {
    try {
      return this.#store.get(key);
    } catch (error) {
      this.#recover(error);
      return structuredClone(SETTINGS_DEFAULTS[key]);
    }
  }
}
