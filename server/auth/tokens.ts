// Member tokens: HS256 JWTs (jose) naming the member, their display name, space and role.
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { ROLES, type Role } from '../../shared/roles';

export const DEFAULT_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

export interface MemberClaims {
  memberId: string;
  name: string;
  space: string;
  role: Role;
}

const claimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string(),
  space: z.string().min(1),
  role: z.enum(ROLES),
  /** Session-only tokens (session-tokens.ts) carry this; they are never member tokens. */
  session: z.undefined().optional(),
});

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

export async function signMemberToken(
  secret: Uint8Array,
  claims: MemberClaims,
  ttlSeconds = DEFAULT_TOKEN_TTL_SECONDS,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ name: claims.name, space: claims.space, role: claims.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.memberId)
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .sign(await keyFor(secret));
}

/** Returns the claims of a genuine, unexpired token, or null for anything else. */
export async function verifyMemberToken(secret: Uint8Array, token: string): Promise<MemberClaims | null> {
  try {
    const { payload } = await jwtVerify(token, await keyFor(secret), {
      algorithms: ['HS256'],
      requiredClaims: ['exp'],
    });
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) return null;
    return {
      memberId: claims.data.sub,
      name: claims.data.name,
      space: claims.data.space,
      role: claims.data.role,
    };
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}
