// The space and its members: any member reads the space and who is in it; owners change roles and remove
// people, and both take effect at once on the member's open connections.
import type { Logger } from 'pino';
import { z } from 'zod';
import { canManageMembers, ROLES, type Role } from '../../../shared/roles';
import type { Membership } from '../../auth/membership';
import type { Spaces } from '../../auth/spaces';
import type { Member } from '../../storage/storage';
import { caller, owner } from './access';
import { HttpError, isoTime, isoTimeOrNull, type Route, readBody } from './http-json';

export interface MemberRoutesOptions {
  membership: Membership;
  spaces: Spaces;
  logger: Logger;
  /** Called after a member's role changed, so their open connections follow at once. */
  roleChanged(memberId: string, role: Role): void;
  /** Called after a member is removed, so their open connections close at once. */
  revoked(memberId: string): void;
}

const roleSchema = z.object({ role: z.enum(ROLES) });

const LAST_OWNER = 'A space needs at least one owner: make someone else an owner first.';
const NO_SUCH_MEMBER = 'There is no such member in this space.';

export const describeMember = (member: Member) => ({
  id: member.id,
  name: member.name,
  role: member.role,
  joinedAt: isoTime(member.createdAt),
  revokedAt: isoTimeOrNull(member.revokedAt),
});

const MEMBER_PATH = /^\/api\/members\/([A-Za-z0-9-]{1,64})$/;

export function memberRoutes(options: MemberRoutesOptions): Route[] {
  const { membership, logger } = options;
  return [
    {
      method: 'GET',
      path: /^\/api\/space$/,
      async handle({ req }) {
        const you = await caller(membership, req);
        const space = await options.spaces.describe(you.space);
        // The caller's own membership proves the space exists; a missing record is older data described anyway.
        if (!space) throw new HttpError(404, 'This space does not exist on this relay.');
        return {
          id: space.id,
          name: space.name,
          description: space.description,
          languages: space.languages,
          createdAt: isoTime(space.createdAt),
          you: { memberId: you.id, name: you.name, role: you.role },
        };
      },
    },
    {
      method: 'GET',
      path: /^\/api\/members$/,
      async handle({ req }) {
        const viewer = await caller(membership, req);
        const members = await membership.list(viewer.space);
        // Everyone sees who is in the space; only owners also see who has been removed.
        const shown = canManageMembers(viewer.role)
          ? members
          : members.filter((member) => member.revokedAt === null);
        return { members: shown.map(describeMember) };
      },
    },
    {
      method: 'PATCH',
      path: MEMBER_PATH,
      administrative: true,
      async handle({ req, params: [memberId = ''] }) {
        const by = await owner(membership, req);
        const { role } = await readBody(req, roleSchema);
        const changed = await membership.changeRole(by.space, memberId, role);
        if ('error' in changed) {
          throw changed.error === 'last-owner'
            ? new HttpError(409, LAST_OWNER)
            : new HttpError(404, NO_SUCH_MEMBER);
        }
        options.roleChanged(memberId, role);
        logger.info({ space: by.space, memberId, role, by: by.id }, 'member role changed');
        return { member: describeMember(changed.member) };
      },
    },
    {
      method: 'DELETE',
      path: MEMBER_PATH,
      administrative: true,
      async handle({ req, params: [memberId = ''] }) {
        const by = await owner(membership, req);
        const removed = await membership.remove(by.space, memberId);
        if ('error' in removed) {
          throw removed.error === 'last-owner'
            ? new HttpError(409, LAST_OWNER)
            : new HttpError(404, NO_SUCH_MEMBER);
        }
        options.revoked(memberId);
        logger.info({ space: by.space, memberId, by: by.id }, 'member removed');
        return { removed: memberId };
      },
    },
  ];
}
