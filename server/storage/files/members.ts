// Spaces, members, invites and setup codes in one JSON file, rewritten atomically on every change. Each change
// reads the file afresh and writes it back under the in-process queue and a lock file, so redeeming an invite
// or using a setup code is atomic even with the command-line tool writing the same folder.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ROLES } from '../../../shared/roles';
import { checkSetupCode, inviteRefusal, isOpenInvite } from '../rules';
import type { Invite, InviteRedemption, Member, MemberStore, Space } from '../storage';
import { type SerialQueue, withFileLock, writeFileAtomic } from './durable-files';

export const MEMBERS_FILE_NAME = 'members.json';

const role = z.enum(ROLES);
const time = z.number();

const membersFile = z.object({
  format: z.literal(1),
  spaces: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      languages: z.array(z.string()),
      createdAt: time,
      createdBy: z.string().nullable(),
    }),
  ),
  members: z.array(
    z.object({
      id: z.string(),
      space: z.string(),
      name: z.string(),
      role,
      createdAt: time,
      revokedAt: time.nullable(),
    }),
  ),
  invites: z.array(
    z.object({
      id: z.string(),
      codeHash: z.string(),
      space: z.string(),
      role,
      createdBy: z.string().nullable(),
      createdAt: time,
      expiresAt: time.nullable(),
      maxUses: z.number().int().nullable(),
      uses: z.number().int(),
      revokedAt: time.nullable(),
    }),
  ),
  setupCodes: z.array(
    z.object({ codeHash: z.string(), createdAt: time, expiresAt: time, usedAt: time.nullable() }),
  ),
});

type MembersFile = z.infer<typeof membersFile>;

const empty = (): MembersFile => ({ format: 1, spaces: [], members: [], invites: [], setupCodes: [] });

// Callers get copies: nothing they change can reach the cached file.
const copy = <T extends object>(value: T): T => structuredClone(value);

/** Oldest first, as the databases order them. */
const byCreation = <T extends { createdAt: number; id: string }>(items: T[]): T[] =>
  [...items].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** `queue` serialises changes to the file (key `members`). */
export function fileMemberStore(dataDir: string, queue: SerialQueue): MemberStore {
  const path = join(dataDir, MEMBERS_FILE_NAME);
  // Parsed once per version of the file (a rename gives it a new inode), so frequent reads stay cheap.
  let cached: { key: string; file: MembersFile } | null = null;

  const read = async (): Promise<MembersFile> => {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (!info) return empty();
    const key = `${info.ino}:${info.size}:${info.mtimeMs}`;
    if (cached?.key === key) return cached.file;
    const parsed = membersFile.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (!parsed.success) throw new Error(`${path} is not a members file this relay can read`);
    cached = { key, file: parsed.data };
    return parsed.data;
  };

  /** Reads, changes and (when `change` says so) writes the file, one change at a time across processes. */
  const change = <T>(edit: (file: MembersFile) => { result: T; changed: boolean }): Promise<T> =>
    queue.run('members', () =>
      withFileLock(path, async () => {
        cached = null;
        const file = structuredClone(await read());
        const { result, changed } = edit(file);
        if (changed) await writeFileAtomic(path, `${JSON.stringify(file, null, 1)}\n`);
        return result;
      }),
    );

  const activeMember = (file: MembersFile, space: string, id: string) =>
    file.members.find((member) => member.id === id && member.space === space);

  return {
    createSpace: (space: Space) =>
      change((file) => {
        if (file.spaces.some((known) => known.id === space.id)) return { result: false, changed: false };
        file.spaces.push(copy(space));
        return { result: true, changed: true };
      }),
    async getSpace(id) {
      const space = (await read()).spaces.find((known) => known.id === id);
      return space ? copy(space) : null;
    },
    async listSpaces() {
      return copy(byCreation((await read()).spaces));
    },
    async hasAnySpace() {
      const file = await read();
      return file.spaces.length > 0 || file.members.length > 0;
    },

    createSetupCode: (code) =>
      change((file) => {
        // As the databases' primary key would: a code is made once.
        if (file.setupCodes.some((known) => known.codeHash === code.codeHash)) {
          throw new Error('that setup code already exists');
        }
        file.setupCodes.push({ ...code, usedAt: null });
        return { result: undefined, changed: true };
      }),
    async checkSetupCode(codeHash, now) {
      return checkSetupCode(
        (await read()).setupCodes.find((code) => code.codeHash === codeHash),
        now,
      );
    },
    useSetupCode: (codeHash, now) =>
      change((file) => {
        const code = file.setupCodes.find((known) => known.codeHash === codeHash);
        const check = checkSetupCode(code, now);
        if (code && check.ok) code.usedAt = now;
        return { result: check, changed: check.ok };
      }),

    addMember: (member: Member) =>
      change((file) => {
        if (file.members.some((known) => known.id === member.id)) {
          throw new Error(`a member with id ${member.id} already exists`);
        }
        file.members.push(copy(member));
        return { result: undefined, changed: true };
      }),
    async getMember(id) {
      const member = (await read()).members.find((known) => known.id === id);
      return member ? copy(member) : null;
    },
    async listMembers(space) {
      return copy(byCreation((await read()).members.filter((member) => member.space === space)));
    },
    revokeMember: (space, id, at) =>
      change((file) => {
        const member = activeMember(file, space, id);
        if (!member) return { result: false, changed: false };
        // The first revocation's time stands, as in the databases.
        member.revokedAt ??= at;
        return { result: true, changed: true };
      }),
    async revokedAmong(ids) {
      const wanted = new Set(ids);
      return (await read()).members
        .filter((member) => member.revokedAt !== null && wanted.has(member.id))
        .map((member) => member.id);
    },
    setMemberRole: (space, id, newRole) =>
      change((file) => {
        const member = activeMember(file, space, id);
        if (!member || member.revokedAt !== null) return { result: null, changed: false };
        member.role = newRole;
        return { result: copy(member), changed: true };
      }),

    createInvite: (invite: Invite) =>
      change((file) => {
        if (file.invites.some((known) => known.id === invite.id || known.codeHash === invite.codeHash)) {
          throw new Error(`an invite with id ${invite.id} or the same code already exists`);
        }
        file.invites.push(copy(invite));
        return { result: undefined, changed: true };
      }),
    redeemInvite: (space, codeHash, now) =>
      change<InviteRedemption>((file) => {
        const invite = file.invites.find((known) => known.space === space && known.codeHash === codeHash);
        const refusal = inviteRefusal(invite, now);
        if (refusal || !invite)
          return { result: refusal ?? { ok: false, reason: 'unknown' }, changed: false };
        invite.uses += 1;
        return { result: { ok: true, role: invite.role }, changed: true };
      }),
    async listInvites(space, now) {
      return copy(
        byCreation(
          (await read()).invites.filter((invite) => invite.space === space && isOpenInvite(invite, now)),
        ),
      );
    },
    revokeInvite: (space, id, at) =>
      change((file) => {
        const invite = file.invites.find((known) => known.space === space && known.id === id);
        if (!invite || invite.revokedAt !== null) return { result: false, changed: false };
        invite.revokedAt = at;
        return { result: true, changed: true };
      }),
  };
}
