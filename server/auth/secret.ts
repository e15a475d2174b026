// Where the token signing secret comes from: the option, else COMMONS_RELAY_SECRET, else a random secret
// created once in the data folder, readable by its owner only.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRET_FILE_NAME = 'relay-secret';

export function resolveSecret(dataDir: string, secret?: string): Uint8Array {
  const chosen = secret ?? process.env.COMMONS_RELAY_SECRET;
  if (chosen !== undefined) {
    if (chosen.trim().length === 0) throw new Error('the relay secret must not be empty');
    return new TextEncoder().encode(chosen);
  }
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, SECRET_FILE_NAME);
  try {
    // 'wx' fails when the file exists, so two processes starting together never overwrite each other's secret.
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stored = readFileSync(file, 'utf8').trim();
  if (stored.length === 0) throw new Error(`the secret file ${file} is empty; delete it to create a new one`);
  return new TextEncoder().encode(stored);
}
