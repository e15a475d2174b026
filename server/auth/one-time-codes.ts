// One-time codes (invites and setup links): random, shown once to whoever creates them, and stored only as a
// hash, so a copy of the database cannot be turned back into working links.
import { createHash, randomBytes } from 'node:crypto';

/** 18 random bytes: 24 URL-safe characters, far beyond guessing even without the rate limit. */
export const newCode = (): string => randomBytes(18).toString('base64url');

export const hashCode = (code: string): string => createHash('sha256').update(code).digest('hex');
