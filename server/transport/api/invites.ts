// Invites: owners create, list and revoke them; anyone holding a code joins with it (rate-limited per address,
// since the code is the only credential).
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { z } from 'zod';
import { ROLES } from '../../../shared/roles';
import { isValidSpaceId } from '../../../shared/rooms';
import { joinLink } from '../../auth/links';
import type { Membership } from '../../auth/membership';
import type { Spaces } from '../../auth/spaces';
import type { Invite } from '../../storage/storage';
import { owner } from './access';
import { HttpError, isoTime, isoTimeOrNull, type Route, readBody } from './http-json';

export interface InviteRoutesOptions {
  membership: Membership;
  spaces: Spaces;
  logger: Logger;
  /** The address join links point at, from the request's Host header when not configured. */
  publicUrl(req: IncomingMessage): string;
}

const joinSchema = z.object({
  space: z.string().refine(isValidSpaceId, 'not a valid space id'),
  invite: z.string().min(1).max(200),
  displayName: z.string().trim().min(1).max(80),
});

const inviteSchema = z.object({
  role: z.enum(ROLES),
  /** Absent: the default of seven days; null: the invite never expires. */
  expiresInSeconds: z
    .number()
    .int()
    .positive()
    .max(366 * 24 * 3600)
    .nullable()
    .optional(),
  maxUses: z.number().int().positive().max(100_000).nullable().optional(),
});

const JOIN_REFUSALS = {
  unknown: [404, 'This invite is not valid. Ask an owner of the space for a new link.'],
  expired: [410, 'This invite has expired. Ask an owner of the space for a new link.'],
  'used-up': [410, 'This invite has been used as many times as it allows. Ask an owner for a new link.'],
} as const;

const describeInvite = (invite: Invite) => ({
  id: invite.id,
  role: invite.role,
  createdAt: isoTime(invite.createdAt),
  expiresAt: isoTimeOrNull(invite.expiresAt),
  maxUses: invite.maxUses,
  uses: invite.uses,
});

export function inviteRoutes(options: InviteRoutesOptions): Route[] {
  const { membership, logger } = options;
  return [
    {
      method: 'POST',
      path: /^\/api\/join$/,
      rateLimited: true,
      async handle({ req }) {
        const body = await readBody(req, joinSchema);
        const joined = await membership.join(body.space, body.invite, body.displayName);
        if ('error' in joined) {
          const [status, message] = JOIN_REFUSALS[joined.error];
          throw new HttpError(status, message);
        }
        const { member, token } = joined;
        const space = await options.spaces.describe(member.space);
        logger.info({ space: member.space, memberId: member.id, role: member.role }, 'member joined');
        return {
          token,
          role: member.role,
          space: member.space,
          spaceName: space?.name ?? member.space,
          memberId: member.id,
        };
      },
    },
    {
      method: 'POST',
      path: /^\/api\/invites$/,
      administrative: true,
      async handle({ req }) {
        const creator = await owner(membership, req);
        const body = await readBody(req, inviteSchema);
        const { code, invite } = await membership.createInvite({
          space: creator.space,
          role: body.role,
          expiresInSeconds: body.expiresInSeconds,
          maxUses: body.maxUses ?? null,
          createdBy: creator.id,
        });
        logger.info({ space: creator.space, inviteId: invite.id, role: invite.role }, 'invite created');
        return {
          id: invite.id,
          code,
          link: joinLink(options.publicUrl(req), creator.space, code),
          role: invite.role,
          expiresAt: isoTimeOrNull(invite.expiresAt),
          maxUses: invite.maxUses,
        };
      },
    },
    {
      method: 'GET',
      path: /^\/api\/invites$/,
      administrative: true,
      async handle({ req }) {
        const viewer = await owner(membership, req);
        return { invites: (await membership.listInvites(viewer.space)).map(describeInvite) };
      },
    },
    {
      method: 'DELETE',
      path: /^\/api\/invites\/([A-Za-z0-9-]{1,64})$/,
      administrative: true,
      async handle({ req, params: [inviteId = ''] }) {
        const by = await owner(membership, req);
        if (!(await membership.revokeInvite(by.space, inviteId))) {
          throw new HttpError(404, 'There is no such open invite in this space.');
        }
        logger.info({ space: by.space, inviteId, by: by.id }, 'invite revoked');
        return { revoked: inviteId };
      },
    },
  ];
}
