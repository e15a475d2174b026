// Member tokens: HS256 JWTs (jwt.ts) naming the member, their display name, space and role.
import { z } from 'zod';
import { ROLES, type Role } from '../../shared/roles';
import { signJwt, verifyJwt } from './jwt';

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

export function signMemberToken(
  secret: Uint8Array,
  claims: MemberClaims,
  ttlSeconds = DEFAULT_TOKEN_TTL_SECONDS,
): Promise<string> {
  return signJwt(
    secret,
    claims.memberId,
    { name: claims.name, space: claims.space, role: claims.role },
    ttlSeconds,
  );
}

/** Returns the claims of a genuine, unexpired token, or null for anything else. */
export async function verifyMemberToken(secret: Uint8Array, token: string): Promise<MemberClaims | null> {
  const claims = await verifyJwt(secret, token, claimsSchema);
  if (!claims) return null;
  return { memberId: claims.sub, name: claims.name, space: claims.space, role: claims.role };
}
