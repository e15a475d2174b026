// Joining a workshop session by its short code (or the link that carries it): anyone holding a code gets a
// token for that session alone. Rate-limited per address like /api/join, since the code is the credential.
import type { Logger } from 'pino';
import { sessionJoinRequest } from '../../../shared/session-join';
import type { SessionService } from '../../sessions/service';
import { HttpError, type Route, readBody } from './http-json';

export interface SessionRoutesOptions {
  sessions: SessionService;
  logger: Logger;
}

const REFUSALS = {
  unknown: [404, 'This session code is not valid. Ask the facilitator for the code on their screen.'],
  closed: [410, 'This session has closed.'],
} as const;

export function sessionRoutes({ sessions, logger }: SessionRoutesOptions): Route[] {
  return [
    {
      method: 'POST',
      path: /^\/api\/sessions\/join$/,
      rateLimited: true,
      async handle({ req }) {
        const body = await readBody(req, sessionJoinRequest);
        const joined = await sessions.join(body.code, body.displayName);
        if ('error' in joined) {
          const [status, message] = REFUSALS[joined.error];
          throw new HttpError(status, message);
        }
        // The guest id, not the name: logs must not undo a session's anonymity.
        logger.info(
          { space: joined.space, session: joined.session, guestId: joined.memberId },
          'guest joined a session',
        );
        return joined;
      },
    },
  ];
}
