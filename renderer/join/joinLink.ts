// Reads join links: the web route `#/join?space=S&invite=CODE` (or `&token=T&role=R` for tokens printed by the
// relay's CLI), and desktop deep links `commons://join?server=URL&space=S&invite=CODE`. Pure, so it is easy to test.
import { isRole, type Role } from '../../shared/roles';
import { isValidSpaceId } from '../../shared/rooms';

export type JoinRequest =
  | { kind: 'invite'; serverUrl: string; space: string; invite: string }
  | { kind: 'token'; serverUrl: string; space: string; token: string; role: Role };

/** A join link that cannot be used; the shell explains it instead of ignoring it. */
export interface MalformedJoinLink {
  kind: 'malformed';
}

const MAX_INVITE_LENGTH = 512;
const MAX_TOKEN_LENGTH = 8192;

function httpOrigin(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    // Only the server's address matters; a path or credentials in it would be a trick, not a server.
    if (url.username || url.password) return null;
    return url.origin;
  } catch {
    return null;
  }
}

function fromParams(serverUrl: string | null, params: URLSearchParams): JoinRequest | MalformedJoinLink {
  const space = params.get('space') ?? '';
  const invite = params.get('invite');
  const token = params.get('token');
  const role = params.get('role');
  if (!serverUrl || !isValidSpaceId(space)) return { kind: 'malformed' };
  if (invite && invite.length <= MAX_INVITE_LENGTH) return { kind: 'invite', serverUrl, space, invite };
  if (token && token.length <= MAX_TOKEN_LENGTH && isRole(role)) {
    return { kind: 'token', serverUrl, space, token, role };
  }
  return { kind: 'malformed' };
}

/** The query of the page's #/join route; the server is the page's own origin. */
export function parseJoinQuery(query: string, pageOrigin: string): JoinRequest | MalformedJoinLink {
  return fromParams(httpOrigin(pageOrigin), new URLSearchParams(query));
}

/** A commons:// deep link handed over by the desktop shell. */
export function parseDeepLink(link: string): JoinRequest | MalformedJoinLink {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return { kind: 'malformed' };
  }
  const target = url.host || url.pathname.replace(/^\/+/, '');
  if (url.protocol !== 'commons:' || target !== 'join') return { kind: 'malformed' };
  return fromParams(httpOrigin(url.searchParams.get('server')), url.searchParams);
}
