// Join links: `commons://join?server=<http(s) URL>&invite=<code>[&space=<space>][&session=<id>]`, the one kind
// of deep link the desktop app accepts. Main validates them before forwarding; the renderer may re-parse them.
import { ENTITY_ID_PATTERN, SPACE_ID_PATTERN } from '../rooms';

export const JOIN_LINK_PREFIX = 'commons://join';
export const MAX_JOIN_LINK_LENGTH = 4096;
const INVITE_PATTERN = /^[A-Za-z0-9._~-]{1,2048}$/;
const ALLOWED_PARAMS = new Set(['server', 'invite', 'space', 'session']);

export interface JoinLink {
  /** The relay to join, an http(s) origin-plus-path URL. */
  server: string;
  invite: string;
  space?: string;
  /** A workshop session to open right after joining. */
  session?: string;
}

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

  const server = url.searchParams.get('server');
  const invite = url.searchParams.get('invite');
  const space = url.searchParams.get('space');
  const session = url.searchParams.get('session');
  if (server === null || !isRelayUrl(server)) return null;
  if (invite === null || !INVITE_PATTERN.test(invite)) return null;
  if (space !== null && !SPACE_ID_PATTERN.test(space)) return null;
  if (session !== null && !ENTITY_ID_PATTERN.test(session)) return null;
  return {
    server,
    invite,
    ...(space !== null ? { space } : {}),
    ...(session !== null ? { session } : {}),
  };
}

/** Builds the canonical link for a parsed join link (what main forwards to the page). */
export function formatJoinLink(link: JoinLink): string {
  const params = new URLSearchParams({ server: link.server, invite: link.invite });
  if (link.space !== undefined) params.set('space', link.space);
  if (link.session !== undefined) params.set('session', link.session);
  return `${JOIN_LINK_PREFIX}?${params.toString()}`;
}

function isRelayUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
  } catch {
    return false;
  }
}
