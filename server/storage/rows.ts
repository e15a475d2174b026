// Members and invites as table rows, shared by the SQLite and PostgreSQL backends: the column order their
// INSERTs use and the reading of a stored member back, so the two cannot drift apart.
import { isRole } from '../../shared/roles';
import type { Invite, Member } from './storage';

export const MEMBER_COLUMNS = 'id, space, name, role, created_at, revoked_at';

/** A member's values in MEMBER_COLUMNS order. */
export const memberValues = (member: Member) =>
  [member.id, member.space, member.name, member.role, member.createdAt, member.revokedAt] as const;

export const INVITE_COLUMNS = 'code_hash, space, role, created_by, created_at, expires_at, max_uses, uses';

/** An invite's values in INVITE_COLUMNS order. */
export const inviteValues = (invite: Invite) =>
  [
    invite.codeHash,
    invite.space,
    invite.role,
    invite.createdBy,
    invite.createdAt,
    invite.expiresAt,
    invite.maxUses,
    invite.uses,
  ] as const;

/** A members row as either backend returns it (pg hands BIGINT columns over as strings). */
export interface MemberRow {
  id: string;
  space: string;
  name: string;
  role: string;
  created_at: number | string;
  revoked_at: number | string | null;
}

export function toMember(row: MemberRow): Member {
  if (!isRole(row.role)) throw new Error(`stored member ${row.id} has an unknown role`);
  return {
    id: row.id,
    space: row.space,
    name: row.name,
    role: row.role,
    createdAt: Number(row.created_at),
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
  };
}
