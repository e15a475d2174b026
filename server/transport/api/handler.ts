// The /api/ request handler: CORS, the per-address limit on endpoints that take a secret code, and dispatch to
// the routes of each concern (setup and spaces, members, invites). The rules themselves live in server/auth/.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Role } from '../../../shared/roles';
import type { Membership } from '../../auth/membership';
import type { Spaces } from '../../auth/spaces';
import type { SessionService } from '../../sessions/service';
import { type AddressScope, reachable } from '../address-scope';
import { clientAddress } from '../client-address';
import type { ConnectionRateLimiter } from '../rate-limit';
import { type ApiRequest, HttpError, type Route, sendJson } from './http-json';
import { inviteRoutes } from './invites';
import { memberRoutes } from './members';
import { sessionRoutes } from './sessions';
import { setupRoutes } from './setup';

export interface ApiOptions {
  membership: Membership;
  spaces: Spaces;
  logger: Logger;
  /** The address join links point at; the request's Host header when not configured. */
  publicUrl?: string;
  /** Attempts at /api/join and /api/setup*, per client address. */
  rateLimiter: ConnectionRateLimiter;
  /** Count attempts against the client a trusted reverse proxy names (see client-address.ts). */
  trustProxy: boolean;
  /** Who may reach the owners' management endpoints (the desktop's LAN host: this computer only). */
  adminFrom: AddressScope;
  /** Called after a member's role changed so their open connections follow at once. */
  roleChanged(memberId: string, role: Role): void;
  /** Called after a member is removed so their open connections close at once. */
  revoked(memberId: string): void;
  /** Workshop sessions: joining one by its code (POST /api/sessions/join). */
  sessions?: SessionService;
}

export function createApi(options: ApiOptions) {
  const publicUrl = (req: IncomingMessage) =>
    options.publicUrl ?? `http://${req.headers.host ?? 'localhost'}`;
  const routes: Route[] = [
    ...setupRoutes(options),
    ...memberRoutes(options),
    ...inviteRoutes({ ...options, publicUrl }),
    ...(options.sessions ? sessionRoutes({ sessions: options.sessions, logger: options.logger }) : []),
  ];

  function find(req: IncomingMessage, path: string): { route: Route; request: ApiRequest } {
    let pathMatched = false;
    for (const route of routes) {
      const match = route.path.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (route.method === req.method) return { route, request: { req, params: match.slice(1) } };
    }
    if (pathMatched) throw new HttpError(405, `This endpoint does not answer ${req.method}.`);
    throw new HttpError(404, 'There is no such endpoint.');
  }

  async function answer(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const { route, request } = find(req, path);
    if (route.administrative && !reachable(options.adminFrom, req, options.trustProxy)) {
      throw new HttpError(
        403,
        'This relay manages members, invites and spaces only from the computer it runs on.',
      );
    }
    const address = clientAddress(req, options.trustProxy);
    if (route.rateLimited && !options.rateLimiter.allow(address)) {
      throw new HttpError(429, 'Too many attempts from this address. Wait a little and try again.', {
        'Retry-After': String(options.rateLimiter.retryAfterSeconds(address)),
      });
    }
    sendJson(res, 200, await route.handle(request));
  }

  /** Handles a request under /api/. Bearer tokens, not cookies, authorize, so any origin may call. */
  return async function handleApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    try {
      await answer(req, res, path);
    } catch (error) {
      if (error instanceof HttpError)
        return sendJson(res, error.status, { error: error.message }, error.headers);
      options.logger.error({ err: error, path }, 'API request failed');
      sendJson(res, 500, { error: 'The relay could not complete this request.' });
    }
  };
}
