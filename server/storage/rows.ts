// Spaces, members, invites, setup codes and versions as table rows, shared by the SQLite and PostgreSQL
// backends: the column order their INSERTs use, reading a row back, and the judgement of an invite or setup code
// that could not be used, so the two cannot drift apart.
import { isRole, type Role } from '../../shared/roles';
import { checkSetupCode, inviteRefusal } from './rules';
import type {
  Invite,
  InviteRedemption,
  Member,
  SetupCodeCheck,
  Space,
  StoredVersion,
  VersionSummary,
} from './storage';

/** A stored number: pg hands BIGINT columns over as strings; our times and counts fit a double exactly. */
type Stored = number | string;
const num = (value: Stored): number => Number(value);
const maybeNum = (value: Stored | null): number | null => (value === null ? null : Number(value));

/** A stored member's or invite's role, which must be one this relay knows. */
function storedRole(row: { id: string; role: string }, what: 'member' | 'invite'): Role {
  if (!isRole(row.role)) throw new Error(`stored ${what} ${row.id} has an unknown role`);
  return row.role;
}

export const SPACE_COLUMNS = 'id, name, description, languages, created_at, created_by';

/** A space's values in SPACE_COLUMNS order (languages as JSON text, which both databases store alike). */
export const spaceValues = (space: Space) =>
  [
    space.id,
    space.name,
    space.description,
    JSON.stringify(space.languages),
    space.createdAt,
    space.createdBy,
  ] as const;

export interface SpaceRow {
  id: string;
  name: string;
  description: string;
  languages: string;
  created_at: Stored;
  created_by: string | null;
}

export function toSpace(row: SpaceRow): Space {
  const languages: unknown = JSON.parse(row.languages);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    languages: Array.isArray(languages) ? languages.filter((tag) => typeof tag === 'string') : [],
    createdAt: num(row.created_at),
    createdBy: row.created_by,
  };
}

export const MEMBER_COLUMNS = 'id, space, name, role, created_at, revoked_at';

/** A member's values in MEMBER_COLUMNS order. */
export const memberValues = (member: Member) =>
  [member.id, member.space, member.name, member.role, member.createdAt, member.revokedAt] as const;

export interface MemberRow {
  id: string;
  space: string;
  name: string;
  role: string;
  created_at: Stored;
  revoked_at: Stored | null;
}

export function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    space: row.space,
    name: row.name,
    role: storedRole(row, 'member'),
    createdAt: num(row.created_at),
    revokedAt: maybeNum(row.revoked_at),
  };
}

export const INVITE_COLUMNS =
  'id, code_hash, space, role, created_by, created_at, expires_at, max_uses, uses, revoked_at';

/** An invite's values in INVITE_COLUMNS order. */
export const inviteValues = (invite: Invite) =>
  [
    invite.id,
    invite.codeHash,
    invite.space,
    invite.role,
    invite.createdBy,
    invite.createdAt,
    invite.expiresAt,
    invite.maxUses,
    invite.uses,
    invite.revokedAt,
  ] as const;

export interface InviteRow {
  id: string;
  code_hash: string;
  space: string;
  role: string;
  created_by: string | null;
  created_at: Stored;
  expires_at: Stored | null;
  max_uses: number | null;
  uses: number;
  revoked_at: Stored | null;
}

export function toInvite(row: InviteRow): Invite {
  return {
    id: row.id,
    codeHash: row.code_hash,
    space: row.space,
    role: storedRole(row, 'invite'),
    createdBy: row.created_by,
    createdAt: num(row.created_at),
    expiresAt: maybeNum(row.expires_at),
    maxUses: row.max_uses,
    uses: row.uses,
    revokedAt: maybeNum(row.revoked_at),
  };
}

/** isOpenInvite (rules.ts) as SQL, with `now` the placeholder of the current time. */
export const openInviteCondition = (now: string) =>
  `revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ${now}) AND (max_uses IS NULL OR uses < max_uses)`;

/** Why an invite row that could not be counted was refused. */
export const refuseInvite = (
  row: InviteRow | undefined,
  now: number,
): Extract<InviteRedemption, { ok: false }> =>
  // Counted rows are open, so a refused row that looks open lost a race for its last use.
  inviteRefusal(row && isRole(row.role) ? toInvite(row) : undefined, now) ?? { ok: false, reason: 'used-up' };

export interface SetupCodeRow {
  expires_at: Stored;
  used_at: Stored | null;
}

export const judgeSetupCode = (row: SetupCodeRow | undefined, now: number): SetupCodeCheck =>
  checkSetupCode(row && { expiresAt: num(row.expires_at), usedAt: maybeNum(row.used_at) }, now);

export const VERSION_COLUMNS = 'id, room, name, created_by, created_at, state';
export const VERSION_SUMMARY_COLUMNS = 'id, room, name, created_by, created_at';

export interface VersionRow {
  id: string;
  room: string;
  name: string;
  created_by: string | null;
  created_at: Stored;
  state?: Uint8Array;
}

export const toVersionSummary = (row: VersionRow): VersionSummary => ({
  id: row.id,
  room: row.room,
  name: row.name,
  createdBy: row.created_by,
  createdAt: num(row.created_at),
});

export function toVersion(row: VersionRow): StoredVersion {
  if (!row.state) throw new Error(`stored version ${row.id} has no state`);
  const state = row.state;
  return {
    ...toVersionSummary(row),
    state: new Uint8Array(state.buffer, state.byteOffset, state.byteLength).slice(),
  };
}
