// Join links, the one kind of deep link the desktop app accepts:
//   commons://join?server=<http(s) URL>&space=<space>&invite=<code>
//   commons://join?server=<http(s) URL>&space=<space>&token=<member token>&role=<role>  (tokens from the relay CLI)
// Main validates them before forwarding; the renderer (renderer/join/joinLink.ts) reads the same shape.
import { isRole, type Role } from '../roles';
import { SPACE_ID_PATTERN } from '../rooms';

export const JOIN_LINK_PREFIX = 'commons://join';
export const MAX_JOIN_LINK_LENGTH = 4096;
const INVITE_PATTERN = /^[A-Za-z0-9._~-]{1,512}$/;
const TOKEN_PATTERN = /^[A-Za-z0-9._~-]{1,3500}$/;
const ALLOWED_PARAMS = new Set(['server', 'space', 'invite', 'token', 'role']);

export type JoinLink =
  | { server: string; space: string; invite: string }
  | { server: string; space: string; token: string; role: Role };

/** Parses a join link, or returns null for anything else (other hosts, unknown or repeated parameters, bad values). */
export function parseJoinLink(input: unknown): JoinLink | null {
  if (typeof input !== 'string' || input.length > MAX_JOIN_LINK_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol !== 'commons:' || url.hostname !== 'join') return null;
  if (url.username || url.password || url.port || (url.pathname !== '' && url.pathname !== '/')) return null;
  const keys = [...url.searchParams.keys()];
  if (keys.some((key) => !ALLOWED_PARAMS.has(key)) || new Set(keys).size !== keys.length) return null;

  const get = (name: string) => url.searchParams.get(name);
  const server = relayOrigin(get('server'));
  const space = get('space');
  if (server === null || space === null || !SPACE_ID_PATTERN.test(space)) return null;
  const invite = get('invite');
  const token = get('token');
  const role = get('role');
  if (invite !== null && token === null && role === null) {
    return INVITE_PATTERN.test(invite) ? { server, space, invite } : null;
  }
  if (invite === null && token !== null && TOKEN_PATTERN.test(token) && isRole(role)) {
    return { server, space, token, role };
  }
  return null;
}

/** Builds the canonical link for a parsed join link (what main forwards to the page). */
export function formatJoinLink(link: JoinLink): string {
  const params = new URLSearchParams({ server: link.server, space: link.space });
  if ('invite' in link) params.set('invite', link.invite);
  else {
    params.set('token', link.token);
    params.set('role', link.role);
  }
  return `${JOIN_LINK_PREFIX}?${params.toString()}`;
}

/** The relay's origin: only scheme, host and port matter; credentials in it would be a trick, not a server. */
function relayOrigin(value: string | null): string | null {
  if (value === null) return null;
  try {
    const url = new URL(value);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return null;
    return url.origin;
  } catch {
    return null;
  }
}
