// Spaces, members, invites and setup codes in SQLite. Every check-and-count runs in one synchronous transaction,
// which no other statement can interleave with (and the file lock keeps the CLI out meanwhile).
import type Database from 'better-sqlite3';
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
import { memberStatements, placeholders } from '../statements';
import type { InviteRedemption, MemberStore, SetupCodeCheck } from '../storage';

type Values = (string | number | null)[];

const sql = memberStatements('sqlite');

export function sqliteMemberStore(db: Database.Database): MemberStore {
  const insertSpace = db.prepare<Values>(sql.insertSpace);
  const selectSpace = db.prepare<[string], SpaceRow>(sql.selectSpace);
  const selectSpaces = db.prepare<[], SpaceRow>(sql.selectSpaces);
  const anySpace = db.prepare<[], { found: number }>(sql.anySpace);

  const insertSetupCode = db.prepare<[string, number, number]>(sql.insertSetupCode);
  const selectSetupCode = db.prepare<[string], SetupCodeRow>(sql.selectSetupCode);
  const markSetupCodeUsed = db.prepare<[number, string, number]>(sql.useSetupCode);

  const insertMember = db.prepare<Values>(sql.insertMember);
  const selectMember = db.prepare<[string], MemberRow>(sql.selectMember);
  const selectMembers = db.prepare<[string], MemberRow>(sql.selectMembers);
  const revoke = db.prepare<[number, string, string]>(sql.revokeMember);
  const changeRole = db.prepare<[string, string, string], MemberRow>(sql.setMemberRole);

  const insertInvite = db.prepare<Values>(sql.insertInvite);
  const countUse = db.prepare<[string, string, number], { role: string }>(sql.countInviteUse);
  const selectInvite = db.prepare<[string, string], InviteRow>(sql.selectInvite);
  const selectOpenInvites = db.prepare<[string, number], InviteRow>(sql.selectOpenInvites);
  const revokeInvite = db.prepare<[number, string, string]>(sql.revokeInvite);

  const useSetupCode = db.transaction((codeHash: string, now: number): SetupCodeCheck => {
    if (markSetupCodeUsed.run(now, codeHash, now).changes > 0) return { ok: true };
    return judgeSetupCode(selectSetupCode.get(codeHash), now);
  });
  const redeem = db.transaction((space: string, codeHash: string, now: number): InviteRedemption => {
    const counted = countUse.get(space, codeHash, now);
    if (counted && isRole(counted.role)) return { ok: true, role: counted.role };
    return refuseInvite(selectInvite.get(space, codeHash), now);
  });

  return {
    async createSpace(space) {
      return insertSpace.run(...spaceValues(space)).changes > 0;
    },
    async getSpace(id) {
      const row = selectSpace.get(id);
      return row ? toSpace(row) : null;
    },
    async listSpaces() {
      return selectSpaces.all().map(toSpace);
    },
    async hasAnySpace() {
      return anySpace.get()?.found === 1;
    },
    async createSetupCode(code) {
      insertSetupCode.run(code.codeHash, code.createdAt, code.expiresAt);
    },
    async checkSetupCode(codeHash, now) {
      return judgeSetupCode(selectSetupCode.get(codeHash), now);
    },
    async useSetupCode(codeHash, now) {
      return useSetupCode(codeHash, now);
    },
    async addMember(member) {
      insertMember.run(...memberValues(member));
    },
    async getMember(id) {
      const row = selectMember.get(id);
      return row ? toMember(row) : null;
    },
    async listMembers(space) {
      return selectMembers.all(space).map(toMember);
    },
    async revokeMember(space, id, at) {
      return revoke.run(at, space, id).changes > 0;
    },
    async revokedAmong(ids) {
      const revoked: string[] = [];
      // SQLite caps the number of bound parameters, so ask in slices.
      for (let start = 0; start < ids.length; start += 500) {
        const slice = ids.slice(start, start + 500);
        const rows = db
          .prepare<string[], { id: string }>(
            `SELECT id FROM members WHERE revoked_at IS NOT NULL AND id IN (${placeholders(slice.length, 'sqlite')})`,
          )
          .all(...slice);
        revoked.push(...rows.map((row) => row.id));
      }
      return revoked;
    },
    async setMemberRole(space, id, role) {
      const row = changeRole.get(role, space, id);
      return row ? toMember(row) : null;
    },
    async createInvite(invite) {
      insertInvite.run(...inviteValues(invite));
    },
    async redeemInvite(space, codeHash, now) {
      return redeem(space, codeHash, now);
    },
    async listInvites(space, now) {
      return selectOpenInvites.all(space, now).map(toInvite);
    },
    async revokeInvite(space, id, at) {
      return revokeInvite.run(at, space, id).changes > 0;
    },
  };
}
