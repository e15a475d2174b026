// Spaces, members, invites and setup codes in PostgreSQL. Every check-and-count is one conditional UPDATE, so
// two relay instances redeeming the last use of an invite (or one setup code) cannot both succeed.
import type pg from 'pg';
import { isRole } from '../../../shared/roles';
import {
  type InviteRow,
  inviteValues,
  judgeSetupCode,
  type MemberRow,
  memberValues,
  refuseInvite,
  type SetupCodeRow,
  type SpaceRow,
  spaceValues,
  toInvite,
  toMember,
  toSpace,
} from '../rows';
import { memberStatements } from '../statements';
import type { InviteRedemption, MemberStore } from '../storage';

const sql = memberStatements('postgres');

export function postgresMemberStore(pool: pg.Pool): MemberStore {
  const setupCodeRow = async (codeHash: string) =>
    (await pool.query<SetupCodeRow>(sql.selectSetupCode, [codeHash])).rows[0];

  return {
    async createSpace(space) {
      const result = await pool.query(sql.insertSpace, [...spaceValues(space)]);
      return (result.rowCount ?? 0) > 0;
    },

    async getSpace(id) {
      const { rows } = await pool.query<SpaceRow>(sql.selectSpace, [id]);
      return rows[0] ? toSpace(rows[0]) : null;
    },

    async listSpaces() {
      const { rows } = await pool.query<SpaceRow>(sql.selectSpaces);
      return rows.map(toSpace);
    },

    async hasAnySpace() {
      const { rows } = await pool.query<{ found: boolean }>(sql.anySpace);
      return rows[0]?.found === true;
    },

    async createSetupCode(code) {
      await pool.query(sql.insertSetupCode, [code.codeHash, code.createdAt, code.expiresAt]);
    },

    async checkSetupCode(codeHash, now) {
      return judgeSetupCode(await setupCodeRow(codeHash), now);
    },

    async useSetupCode(codeHash, now) {
      const used = await pool.query(sql.useSetupCode, [now, codeHash, now]);
      if ((used.rowCount ?? 0) > 0) return { ok: true };
      return judgeSetupCode(await setupCodeRow(codeHash), now);
    },

    async addMember(member) {
      await pool.query(sql.insertMember, [...memberValues(member)]);
    },

    async getMember(id) {
      const { rows } = await pool.query<MemberRow>(sql.selectMember, [id]);
      return rows[0] ? toMember(rows[0]) : null;
    },

    async listMembers(space) {
      const { rows } = await pool.query<MemberRow>(sql.selectMembers, [space]);
      return rows.map(toMember);
    },

    async revokeMember(space, id, at) {
      const result = await pool.query(sql.revokeMember, [at, space, id]);
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
      const { rows } = await pool.query<MemberRow>(sql.setMemberRole, [role, space, id]);
      return rows[0] ? toMember(rows[0]) : null;
    },

    async createInvite(invite) {
      await pool.query(sql.insertInvite, [...inviteValues(invite)]);
    },

    async redeemInvite(space, codeHash, now): Promise<InviteRedemption> {
      const counted = await pool.query<{ role: string }>(sql.countInviteUse, [space, codeHash, now]);
      const role = counted.rows[0]?.role;
      if (role !== undefined && isRole(role)) return { ok: true, role };
      const { rows } = await pool.query<InviteRow>(sql.selectInvite, [space, codeHash]);
      return refuseInvite(rows[0], now);
    },

    async listInvites(space, now) {
      const { rows } = await pool.query<InviteRow>(sql.selectOpenInvites, [space, now]);
      return rows.map(toInvite);
    },

    async revokeInvite(space, id, at) {
      const result = await pool.query(sql.revokeInvite, [at, space, id]);
      return (result.rowCount ?? 0) > 0;
    },
  };
}
