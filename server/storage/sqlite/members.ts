// Spaces, members, invites and setup codes in SQLite. Every check-and-count runs in one synchronous transaction,
// which no other statement can interleave with (and the file lock keeps the CLI out meanwhile).
import type Database from 'better-sqlite3';
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
import type { InviteRedemption, MemberStore, SetupCodeCheck } from '../storage';

type Values = (string | number | null)[];

export function sqliteMemberStore(db: Database.Database): MemberStore {
  const insertSpace = db.prepare<Values>(
    `INSERT INTO spaces (${SPACE_COLUMNS}) VALUES (${placeholders(6, 'sqlite')}) ON CONFLICT (id) DO NOTHING`,
  );
  const selectSpace = db.prepare<[string], SpaceRow>('SELECT * FROM spaces WHERE id = ?');
  const selectSpaces = db.prepare<[], SpaceRow>('SELECT * FROM spaces ORDER BY created_at, id');
  const anySpace = db.prepare<[], { found: number }>(
    'SELECT EXISTS (SELECT 1 FROM spaces) OR EXISTS (SELECT 1 FROM members) AS found',
  );

  const insertSetupCode = db.prepare<[string, number, number]>(
    'INSERT INTO setup_codes (code_hash, created_at, expires_at) VALUES (?, ?, ?)',
  );
  const selectSetupCode = db.prepare<[string], SetupCodeRow>(
    'SELECT expires_at, used_at FROM setup_codes WHERE code_hash = ?',
  );
  const markSetupCodeUsed = db.prepare<[number, string, number]>(
    'UPDATE setup_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?',
  );

  const insertMember = db.prepare<Values>(
    `INSERT INTO members (${MEMBER_COLUMNS}) VALUES (${placeholders(6, 'sqlite')})`,
  );
  const selectMember = db.prepare<[string], MemberRow>('SELECT * FROM members WHERE id = ?');
  const selectMembers = db.prepare<[string], MemberRow>(
    'SELECT * FROM members WHERE space = ? ORDER BY created_at, id',
  );
  const revoke = db.prepare<[number, string, string]>(
    'UPDATE members SET revoked_at = COALESCE(revoked_at, ?) WHERE space = ? AND id = ?',
  );
  const changeRole = db.prepare<[string, string, string], MemberRow>(
    'UPDATE members SET role = ? WHERE space = ? AND id = ? AND revoked_at IS NULL RETURNING *',
  );

  const insertInvite = db.prepare<Values>(
    `INSERT INTO invites (${INVITE_COLUMNS}) VALUES (${placeholders(10, 'sqlite')})`,
  );
  const countUse = db.prepare<[string, string, number], { role: string }>(
    `UPDATE invites SET uses = uses + 1 WHERE space = ? AND code_hash = ? AND ${openInviteCondition('?')}
     RETURNING role`,
  );
  const selectInvite = db.prepare<[string, string], InviteRow>(
    'SELECT * FROM invites WHERE space = ? AND code_hash = ?',
  );
  const selectOpenInvites = db.prepare<[string, number], InviteRow>(
    `SELECT * FROM invites WHERE space = ? AND ${openInviteCondition('?')} ORDER BY created_at, id`,
  );
  const revokeInvite = db.prepare<[number, string, string]>(
    'UPDATE invites SET revoked_at = ? WHERE space = ? AND id = ? AND revoked_at IS NULL',
  );

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
