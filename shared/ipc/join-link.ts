// Join links, read by one set of rules wherever they arrive: the desktop's deep links, checked by main before
// the page sees them and again by the page,
//   commons://join?server=<http(s) URL>&space=<space>&invite=<code>
//   commons://join?server=<http(s) URL>&space=<space>&token=<member token>&role=<role>  (tokens from the relay CLI)
// and the web page's own route `#/join?space=<space>&invite=<code>` (or `&token=..&role=..`), whose server is
// the page's origin. Anything else (other hosts, unknown or repeated parameters, bad values) is refused.
import { isRole, type Role } from '../roles';
import { SPACE_ID_PATTERN } from '../rooms';

export const JOIN_LINK_PREFIX = 'commons://join';
export const MAX_JOIN_LINK_LENGTH = 4096;
const INVITE_PATTERN = /^[A-Za-z0-9._~-]{1,512}$/;
// A token must fit in a link of MAX_JOIN_LINK_LENGTH with its server and space.
const TOKEN_PATTERN = /^[A-Za-z0-9._~-]{1,3500}$/;
const ALLOWED_PARAMS = new Set(['server', 'space', 'invite', 'token', 'role']);

export type JoinLink =
  | { kind: 'invite'; serverUrl: string; space: string; invite: string }
  | { kind: 'token'; serverUrl: string; space: string; token: string; role: Role };

/** A commons:// deep link, or null for anything else. */
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
  return fromParams(url.searchParams, relayOrigin(url.searchParams.get('server')), true);
}

/** The query of the web route `#/join?...`; `pageOrigin` is the server (the page is served by its relay). */
export function parseJoinQuery(query: string, pageOrigin: string): JoinLink | null {
  if (query.length > MAX_JOIN_LINK_LENGTH) return null;
  return fromParams(new URLSearchParams(query), relayOrigin(pageOrigin), false);
}

/**
 * A link a person pasted: a deep link, or a web link `https://host/#/join?...` (the relay's invite links),
 * whose server is that link's own origin. Surrounding spaces are ignored.
 */
export function parsePastedJoinLink(text: string): JoinLink | null {
  const trimmed = text.trim();
  if (/^commons:/i.test(trimmed)) return parseJoinLink(trimmed);
  if (trimmed.length > MAX_JOIN_LINK_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  const match = /^#\/join\?(.*)$/s.exec(url.hash);
  if (!match || url.username || url.password) return null;
  return parseJoinQuery(match[1] ?? '', url.origin);
}

/** The canonical deep link for a join link (what main forwards to the page). */
export function formatJoinLink(link: JoinLink): string {
  const params = new URLSearchParams({ server: link.serverUrl, space: link.space });
  appendCredential(params, link);
  return `${JOIN_LINK_PREFIX}?${params.toString()}`;
}

/** The web form of a join link, opened in a browser on the relay's own page. */
export function formatWebJoinLink(link: JoinLink): string {
  const params = new URLSearchParams({ space: link.space });
  appendCredential(params, link);
  return `${link.serverUrl}/#/join?${params.toString()}`;
}

function appendCredential(params: URLSearchParams, link: JoinLink): void {
  if (link.kind === 'invite') params.set('invite', link.invite);
  else {
    params.set('token', link.token);
    params.set('role', link.role);
  }
}

function fromParams(params: URLSearchParams, serverUrl: string | null, withServer: boolean): JoinLink | null {
  const keys = [...params.keys()];
  const allowed = (key: string) => ALLOWED_PARAMS.has(key) && (withServer || key !== 'server');
  if (keys.some((key) => !allowed(key)) || new Set(keys).size !== keys.length) return null;
  const space = params.get('space');
  if (serverUrl === null || space === null || !SPACE_ID_PATTERN.test(space)) return null;
  const invite = params.get('invite');
  const token = params.get('token');
  const role = params.get('role');
  if (invite !== null && token === null && role === null) {
    return INVITE_PATTERN.test(invite) ? { kind: 'invite', serverUrl, space, invite } : null;
  }
  if (invite === null && token !== null && TOKEN_PATTERN.test(token) && isRole(role)) {
    return { kind: 'token', serverUrl, space, token, role };
  }
  return null;
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
