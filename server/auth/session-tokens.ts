// Session-only tokens: HS256 JWTs like member tokens, for someone who joined one workshop session by its code
// or link. The `session` claim names the only room they open (`<space>/session/<session>`); a member token
// never carries that claim and a session token is never read as a member token (tokens.ts).
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { ENTITY_ID_PATTERN } from '../../shared/rooms';

/** Long enough for a workshop that runs over days; the room stays readable after it closes. */
export const SESSION_TOKEN_TTL_SECONDS = 14 * 24 * 60 * 60;

export interface SessionClaims {
  /** A guest id of its own (never a member's id). */
  guestId: string;
  name: string;
  space: string;
  session: string;
}

const claimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string(),
  space: z.string().min(1),
  session: z.string().regex(ENTITY_ID_PATTERN),
  role: z.literal('commenter'),
});

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

export async function signSessionToken(
  secret: Uint8Array,
  claims: SessionClaims,
  ttlSeconds = SESSION_TOKEN_TTL_SECONDS,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ name: claims.name, space: claims.space, session: claims.session, role: 'commenter' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.guestId)
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .sign(await keyFor(secret));
}

/** The claims of a genuine, unexpired session token, or null for anything else (member tokens included). */
export async function verifySessionToken(secret: Uint8Array, token: string): Promise<SessionClaims | null> {
  try {
    const { payload } = await jwtVerify(token, await keyFor(secret), {
      algorithms: ['HS256'],
      requiredClaims: ['exp'],
    });
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) return null;
    const { sub, name, space, session } = claims.data;
    return { guestId: sub, name, space, session };
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}
