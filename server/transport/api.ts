// The small HTTP API around membership: joining with an invite, and owners creating invites,
// listing members and revoking them. Every body is size-capped and validated before use.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { z } from 'zod';
import { canManageMembers, ROLES } from '../../shared/roles';
import { isValidSpaceId } from '../../shared/rooms';
import { joinLink, type Membership } from '../auth/membership';
import type { Member } from '../storage/storage';

const MAX_BODY_BYTES = 16 * 1024;

const joinSchema = z.object({
  space: z.string().refine(isValidSpaceId, 'not a valid space id'),
  invite: z.string().min(1).max(200),
  displayName: z.string().trim().min(1).max(80),
});

const inviteSchema = z.object({
  role: z.enum(ROLES),
  expiresInSeconds: z
    .number()
    .int()
    .positive()
    .max(366 * 24 * 3600)
    .optional(),
  maxUses: z.number().int().positive().max(100_000).optional(),
});

export interface ApiOptions {
  membership: Membership;
  logger: Logger;
  /** The address join links point at; the request's Host header when not configured. */
  publicUrl?: string;
  /** Called after a member is revoked so their open connections close at once. */
  revoked(memberId: string): void;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, 'request body too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'request body too large');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'the body must be JSON');
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new HttpError(
      400,
      result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  }
  return result.data;
}

const describeMember = (member: Member) => ({
  id: member.id,
  name: member.name,
  role: member.role,
  createdAt: new Date(member.createdAt).toISOString(),
  revokedAt: member.revokedAt === null ? null : new Date(member.revokedAt).toISOString(),
});

export function createApi(options: ApiOptions) {
  const { membership } = options;

  async function owner(req: IncomingMessage): Promise<Member> {
    const header = req.headers.authorization ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) throw new HttpError(401, 'a member token is required');
    const member = await membership.authenticate(token);
    if (!member) throw new HttpError(401, 'the token is not valid');
    if (!canManageMembers(member.role)) throw new HttpError(403, 'only owners manage members and invites');
    return member;
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === '/api/join' && req.method === 'POST') {
      const body = parse(joinSchema, await readJson(req));
      const joined = await membership.join(body.space, body.invite, body.displayName);
      if ('error' in joined) {
        const messages = {
          unknown: 'this invite does not exist',
          expired: 'this invite has expired',
          'used-up': 'this invite has been used up',
        } as const;
        return sendJson(res, joined.error === 'unknown' ? 404 : 410, { error: messages[joined.error] });
      }
      const { member, token } = joined;
      options.logger.info({ space: member.space, memberId: member.id, role: member.role }, 'member joined');
      return sendJson(res, 200, { token, role: member.role, space: member.space, memberId: member.id });
    }
    if (path === '/api/invites' && req.method === 'POST') {
      const creator = await owner(req);
      const body = parse(inviteSchema, await readJson(req));
      const code = await membership.createInvite({ ...body, space: creator.space, createdBy: creator.id });
      const publicUrl = options.publicUrl ?? `http://${req.headers.host ?? 'localhost'}`;
      return sendJson(res, 200, { link: joinLink(publicUrl, creator.space, code), code });
    }
    if (path === '/api/members' && req.method === 'GET') {
      const viewer = await owner(req);
      return sendJson(res, 200, { members: (await membership.list(viewer.space)).map(describeMember) });
    }
    const revoking = /^\/api\/members\/([A-Za-z0-9-]{1,64})$/.exec(path);
    if (revoking?.[1] && req.method === 'DELETE') {
      const by = await owner(req);
      const memberId = revoking[1];
      if (!(await membership.revoke(by.space, memberId))) throw new HttpError(404, 'no such member');
      options.revoked(memberId);
      options.logger.info({ space: by.space, memberId, by: by.id }, 'member revoked');
      return sendJson(res, 200, { revoked: memberId });
    }
    throw new HttpError(404, 'no such endpoint');
  }

  /** Handles a request under /api/. Bearer tokens, not cookies, authorize, so any origin may call. */
  return async function handleApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    try {
      await route(req, res, path);
    } catch (error) {
      if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message });
      options.logger.error({ err: error, path }, 'API request failed');
      sendJson(res, 500, { error: 'internal error' });
    }
  };
}
