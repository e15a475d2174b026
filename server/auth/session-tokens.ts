// Session-only tokens: HS256 JWTs like member tokens, for someone who joined one workshop session by its code
// or link. The `session` claim names the only room they open (`<space>/session/<session>`); a member token
// never carries that claim and a session token is never read as a member token (tokens.ts).
import { z } from 'zod';
import { ENTITY_ID_PATTERN } from '../../shared/rooms';
import { signJwt, verifyJwt } from './jwt';

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

export function signSessionToken(
  secret: Uint8Array,
  claims: SessionClaims,
  ttlSeconds = SESSION_TOKEN_TTL_SECONDS,
): Promise<string> {
  return signJwt(
    secret,
    claims.guestId,
    { name: claims.name, space: claims.space, session: claims.session, role: 'commenter' },
    ttlSeconds,
  );
}

/** The claims of a genuine, unexpired session token, or null for anything else (member tokens included). */
export async function verifySessionToken(secret: Uint8Array, token: string): Promise<SessionClaims | null> {
  const claims = await verifyJwt(secret, token, claimsSchema);
  if (!claims) return null;
  const { sub, name, space, session } = claims;
  return { guestId: sub, name, space, session };
}
