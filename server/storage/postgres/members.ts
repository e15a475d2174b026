// Spaces, members, invites and setup codes in PostgreSQL. Every check-and-count is one conditional UPDATE, so
// two relay instances redeeming the last use of an invite (or one setup code) cannot both succeed.
import type pg from 'pg';
import { isRole } from '../../../shared/roles';
import {
  INVITE_COLUMNS,
  type InviteRow,
  inviteValues,
  judgeSetupCode,
  MEMBER_COLUMNS,
  type MemberRow,
  memberValues,
  openInviteCondition,
  placeholders,
  refuseInvite,
  type SetupCodeRow,
  SPACE_COLUMNS,
  type SpaceRow,
  spaceValues,
  toInvite,
  toMember,
  toSpace,
} from '../rows';
import type { InviteRedemption, MemberStore } from '../storage';

export function postgresMemberStore(pool: pg.Pool): MemberStore {
  const setupCodeRow = async (codeHash: string) =>
    (
      await pool.query<SetupCodeRow>('SELECT expires_at, used_at FROM setup_codes WHERE code_hash = $1', [
        codeHash,
      ])
    ).rows[0];

  return {
    async createSpace(space) {
      const result = await pool.query(
        `INSERT INTO spaces (${SPACE_COLUMNS}) VALUES (${placeholders(6, 'postgres')}) ON CONFLICT (id) DO NOTHING`,
        [...spaceValues(space)],
      );
      return (result.rowCount ?? 0) > 0;
    },

    async getSpace(id) {
      const { rows } = await pool.query<SpaceRow>('SELECT * FROM spaces WHERE id = $1', [id]);
      return rows[0] ? toSpace(rows[0]) : null;
    },

    async listSpaces() {
      const { rows } = await pool.query<SpaceRow>('SELECT * FROM spaces ORDER BY created_at, id');
      return rows.map(toSpace);
    },

    async hasAnySpace() {
      const { rows } = await pool.query<{ found: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM spaces) OR EXISTS (SELECT 1 FROM members) AS found',
      );
      return rows[0]?.found === true;
    },

    async createSetupCode(code) {
      await pool.query('INSERT INTO setup_codes (code_hash, created_at, expires_at) VALUES ($1, $2, $3)', [
        code.codeHash,
        code.createdAt,
        code.expiresAt,
      ]);
    },

    async checkSetupCode(codeHash, now) {
      return judgeSetupCode(await setupCodeRow(codeHash), now);
    },

    async useSetupCode(codeHash, now) {
      const used = await pool.query(
        'UPDATE setup_codes SET used_at = $1 WHERE code_hash = $2 AND used_at IS NULL AND expires_at > $1',
        [now, codeHash],
      );
      if ((used.rowCount ?? 0) > 0) return { ok: true };
      return judgeSetupCode(await setupCodeRow(codeHash), now);
    },

    async addMember(member) {
      await pool.query(`INSERT INTO members (${MEMBER_COLUMNS}) VALUES (${placeholders(6, 'postgres')})`, [
        ...memberValues(member),
      ]);
    },

    async getMember(id) {
      const { rows } = await pool.query<MemberRow>('SELECT * FROM members WHERE id = $1', [id]);
      return rows[0] ? toMember(rows[0]) : null;
    },

    async listMembers(space) {
      const { rows } = await pool.query<MemberRow>(
        'SELECT * FROM members WHERE space = $1 ORDER BY created_at, id',
        [space],
      );
      return rows.map(toMember);
    },

    async revokeMember(space, id, at) {
      const result = await pool.query(
        'UPDATE members SET revoked_at = COALESCE(revoked_at, $1) WHERE space = $2 AND id = $3',
        [at, space, id],
      );
      return (result.rowCount ?? 0) > 0;
    },

    async revokedAmong(ids) {
      if (ids.length === 0) return [];
      const { rows } = await pool.query<{ id: string }>(
        'SELECT id FROM members WHERE revoked_at IS NOT NULL AND id = ANY($1::text[])',
        [ids],
      );
      return rows.map((row) => row.id);
    },

    async setMemberRole(space, id, role) {
      const { rows } = await pool.query<MemberRow>(
        'UPDATE members SET role = $1 WHERE space = $2 AND id = $3 AND revoked_at IS NULL RETURNING *',
        [role, space, id],
      );
      return rows[0] ? toMember(rows[0]) : null;
    },

    async createInvite(invite) {
      await pool.query(`INSERT INTO invites (${INVITE_COLUMNS}) VALUES (${placeholders(10, 'postgres')})`, [
        ...inviteValues(invite),
      ]);
    },

    async redeemInvite(space, codeHash, now): Promise<InviteRedemption> {
      const counted = await pool.query<{ role: string }>(
        `UPDATE invites SET uses = uses + 1
         WHERE space = $1 AND code_hash = $2 AND ${openInviteCondition('$3')} RETURNING role`,
        [space, codeHash, now],
      );
      const role = counted.rows[0]?.role;
      if (role !== undefined && isRole(role)) return { ok: true, role };
      const { rows } = await pool.query<InviteRow>(
        'SELECT * FROM invites WHERE space = $1 AND code_hash = $2',
        [space, codeHash],
      );
      return refuseInvite(rows[0], now);
    },

    async listInvites(space, now) {
      const { rows } = await pool.query<InviteRow>(
        `SELECT * FROM invites WHERE space = $1 AND ${openInviteCondition('$2')} ORDER BY created_at, id`,
        [space, now],
      );
      return rows.map(toInvite);
    },

    async revokeInvite(space, id, at) {
      const result = await pool.query(
        'UPDATE invites SET revoked_at = $1 WHERE space = $2 AND id = $3 AND revoked_at IS NULL',
        [at, space, id],
      );
      return (result.rowCount ?? 0) > 0;
    },
  };
}
