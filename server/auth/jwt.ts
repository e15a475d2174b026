// The HS256 JWTs behind member and session tokens, with node:crypto's HMAC: signing with a subject and an expiry,
// and verifying (alg HS256 only, a genuine signature, `exp` required and not passed, `nbf` reached, then the
// caller's claim schema), null for anything else. Every connection attempt verifies one, so this stays small:
// jose spent about 0.8 ms of CPU per token (WebCrypto's promise jobs and its general claim checks) and its
// modules 5 MB of a relay's memory, where one HMAC over the already split token costs a few microseconds.
import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';

/** What a token's payload may hold besides the claims set here (sub, iat, exp). */
export type JwtClaims = Record<string, unknown>;

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
const SIGNATURE_BYTES = 32;
/** A compact JWS: three base64url parts; anything else (padding, other characters, a fourth part) is refused. */
const COMPACT_JWS = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;

// One key object per secret, so no verification copies the secret again.
const keys = new WeakMap<Uint8Array, KeyObject>();
function keyFor(secret: Uint8Array): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(secret);
    keys.set(secret, key);
  }
  return key;
}

const sign = (secret: Uint8Array, signingInput: string): Buffer =>
  createHmac('sha256', keyFor(secret)).update(signingInput).digest();

/** Signs `claims` for `subject`, issued now and expiring `ttlSeconds` later. */
export function signJwt(secret: Uint8Array, subject: string, claims: JwtClaims, ttlSeconds: number): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = { ...claims, sub: subject, iat: now, exp: now + ttlSeconds };
  const signingInput = `${HEADER}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${signingInput}.${sign(secret, signingInput).toString('base64url')}`;
}

/** The JSON object a base64url part holds, or null (not JSON, or an array, null or a plain value). */
function objectIn(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** Whether the header names HS256 and asks for nothing this verifier does not do (`crit` extensions). */
function acceptableHeader(header: Record<string, unknown> | null): boolean {
  return header !== null && header.alg === 'HS256' && header.crit === undefined;
}

/** Whether the time claims allow the token now: `exp` present and later, `nbf` and `iat` numbers when present. */
function current(payload: Record<string, unknown>): boolean {
  const now = Math.floor(Date.now() / 1000);
  const { exp, nbf, iat } = payload;
  if (typeof exp !== 'number' || !Number.isFinite(exp) || exp <= now) return false;
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > now)) return false;
  if (iat !== undefined && typeof iat !== 'number') return false;
  return true;
}

/** The payload of a genuine, unexpired token that `schema` accepts, or null for anything else. */
export function verifyJwt<T>(secret: Uint8Array, token: string, schema: z.ZodType<T>): T | null {
  const parts = COMPACT_JWS.exec(token);
  if (!parts) return null;
  const [, header, payload, signature] = parts as unknown as [string, string, string, string];
  // The signature first: a forged token costs one HMAC and is never parsed.
  const given = Buffer.from(signature, 'base64url');
  if (given.byteLength !== SIGNATURE_BYTES) return null;
  if (!timingSafeEqual(given, sign(secret, `${header}.${payload}`))) return null;
  if (!acceptableHeader(objectIn(header))) return null;
  const claims = objectIn(payload);
  if (!claims || !current(claims)) return null;
  const parsed = schema.safeParse(claims);
  return parsed.success ? parsed.data : null;
}
