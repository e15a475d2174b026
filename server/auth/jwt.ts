// The HS256 JWTs (jose) behind member and session tokens: one imported HMAC key per secret, signing with a subject
// and an expiry, and verifying with `exp` required, against the caller's claim schema, null for anything else.
import { errors, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import type { z } from 'zod';

// Importing the key once per secret spares every connection attempt that work (jose would otherwise
// import the raw bytes as a CryptoKey on each verification).
const keys = new WeakMap<Uint8Array, Promise<CryptoKey>>();
function keyFor(secret: Uint8Array): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', new Uint8Array(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    keys.set(secret, key);
  }
  return key;
}

/** Signs `claims` for `subject`, issued now and expiring `ttlSeconds` later. */
export async function signJwt(
  secret: Uint8Array,
  subject: string,
  claims: JWTPayload,
  ttlSeconds: number,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .sign(await keyFor(secret));
}

/** The payload of a genuine, unexpired token that `schema` accepts, or null for anything else. */
export async function verifyJwt<T>(
  secret: Uint8Array,
  token: string,
  schema: z.ZodType<T>,
): Promise<T | null> {
  try {
    const { payload } = await jwtVerify(token, await keyFor(secret), {
      algorithms: ['HS256'],
      requiredClaims: ['exp'],
    });
    const claims = schema.safeParse(payload);
    return claims.success ? claims.data : null;
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}
