// Keeps member tokens out of the settings file's plain text. With a real OS key store (Keychain, DPAPI,
// libsecret/kwallet) tokens are encrypted with Electron's safeStorage and saved as base64. Without one (Linux
// with no keyring, where safeStorage falls back to a hard-coded key), tokens are kept in memory for this session
// only: the person stays joined until they quit and must open the join link again after a restart. That is the
// price of never writing a usable token to disk.
import type { SafeStorage } from 'electron';

export interface TokenVault {
  /** Whether encrypted tokens can be written to disk. */
  readonly canPersist: boolean;
  /** Base64 ciphertext for the settings file; only called when canPersist. */
  encrypt(token: string): string;
  /** The token, or null when the ciphertext cannot be read (the OS key changed, or the file was edited). */
  decrypt(encrypted: string): string | null;
}

type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  getSelectedStorageBackend?: () => string;
};

export function createSafeStorageVault(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
  log: (message: string) => void = console.warn,
): TokenVault {
  const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend?.() : undefined;
  const canPersist = safeStorage.isEncryptionAvailable() && backend !== 'basic_text' && backend !== 'unknown';
  if (!canPersist) {
    log(
      'safeStorage has no OS key store here; space tokens are kept in memory only and must be re-joined after a restart.',
    );
  }
  return {
    canPersist,
    encrypt: (token) => safeStorage.encryptString(token).toString('base64'),
    decrypt: (encrypted) => {
      try {
        return safeStorage.decryptString(Buffer.from(encrypted, 'base64'));
      } catch {
        return null;
      }
    },
  };
}
