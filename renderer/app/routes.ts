// Every place in the app as a typed route, and its hash (#/drafts/<id>, #/setup?code=..): parsing and
// building live here only, so reloads, the back button and links pasted from elsewhere all land the same way.
import { ENTITY_ID_PATTERN, SPACE_ID_PATTERN } from '../../shared/rooms';

export type Route =
  | { name: 'library' }
  | { name: 'drafts'; documentId?: string }
  /** One library entry of a space (links back from quotations): switches to that space and opens it. */
  | { name: 'entry'; space: string; documentId: string }
  | { name: 'sessions'; sessionId?: string }
  /** A workshop participant's own screen (no space needed): `query` is the session link's or empty to type a code. */
  | { name: 'session-join'; query: string }
  | { name: 'settings' }
  | { name: 'members' }
  | { name: 'new-space' }
  | { name: 'setup'; code: string }
  /** `query` is the join link's query string as it came (space, invite or token and role), read by shared/join-link. */
  | { name: 'join'; query: string };

export type RouteName = Route['name'];

/** Builds routes: `navigate(routes.drafts(id))`. */
export const routes = {
  library: (): Route => ({ name: 'library' }),
  drafts: (documentId?: string): Route => (documentId ? { name: 'drafts', documentId } : { name: 'drafts' }),
  entry: (space: string, documentId: string): Route => ({ name: 'entry', space, documentId }),
  sessions: (sessionId?: string): Route =>
    sessionId ? { name: 'sessions', sessionId } : { name: 'sessions' },
  sessionJoin: (query: string | URLSearchParams = ''): Route => ({
    name: 'session-join',
    query: query.toString(),
  }),
  settings: (): Route => ({ name: 'settings' }),
  members: (): Route => ({ name: 'members' }),
  newSpace: (): Route => ({ name: 'new-space' }),
  setup: (code: string): Route => ({ name: 'setup', code }),
  join: (query: string | URLSearchParams): Route => ({ name: 'join', query: query.toString() }),
} as const;

/** Where an unknown or empty hash lands. */
export const HOME: Route = routes.library();

const MAX_QUERY_LENGTH = 16_384;

/** Reads a location hash; anything unknown is the library, as a stale bookmark should not strand anyone. */
export function parseRoute(hash: string): Route {
  const match = /^#\/([^?]*)(?:\?(.*))?$/s.exec(hash);
  if (!match) return HOME;
  const segments = (match[1] ?? '').split('/').filter((segment) => segment !== '');
  const query = match[2] ?? '';
  const [first, second, ...rest] = segments;
  if (first === 'entry') {
    const [documentId, ...more] = rest;
    const valid =
      second !== undefined &&
      SPACE_ID_PATTERN.test(second) &&
      documentId &&
      ENTITY_ID_PATTERN.test(documentId);
    return valid && more.length === 0 ? routes.entry(second, documentId) : HOME;
  }
  if (rest.length > 0) return HOME;
  switch (first) {
    case 'library':
    case 'settings':
    case 'members':
    case 'new-space':
      return second === undefined ? { name: first } : HOME;
    case 'drafts':
      if (second === undefined) return routes.drafts();
      return ENTITY_ID_PATTERN.test(second) ? routes.drafts(second) : routes.drafts();
    case 'sessions':
      if (second === undefined) return routes.sessions();
      return ENTITY_ID_PATTERN.test(second) ? routes.sessions(second) : routes.sessions();
    case 'session-join':
      if (second !== undefined || query.length > MAX_QUERY_LENGTH) return HOME;
      return routes.sessionJoin(query);
    case 'setup':
      if (second !== undefined || query.length > MAX_QUERY_LENGTH) return HOME;
      return routes.setup(new URLSearchParams(query).get('code') ?? '');
    case 'join':
      if (second !== undefined || query.length > MAX_QUERY_LENGTH) return HOME;
      return routes.join(query);
    default:
      return HOME;
  }
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'entry':
      return `#/entry/${route.space}/${route.documentId}`;
    case 'drafts':
      return route.documentId ? `#/drafts/${route.documentId}` : '#/drafts';
    case 'sessions':
      return route.sessionId ? `#/sessions/${route.sessionId}` : '#/sessions';
    case 'session-join':
      return route.query ? `#/session-join?${route.query}` : '#/session-join';
    case 'setup':
      return `#/setup?${new URLSearchParams({ code: route.code })}`;
    case 'join':
      return route.query ? `#/join?${route.query}` : '#/join';
    default:
      return `#/${route.name}`;
  }
}

/** Whether two routes are the same place (navigation marks the current section with it). */
export const sameRoute = (a: Route, b: Route): boolean => routeHash(a) === routeHash(b);
