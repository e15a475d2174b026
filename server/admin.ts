// Membership tasks run straight against a data folder, without a running relay: what the CLI's
// token, invite, members and setup-link commands (and tests) use.
import type { Role } from '../shared/roles';
import { isRole } from '../shared/roles';
import { isValidSpaceId } from '../shared/rooms';
import { joinLink, setupLink } from './auth/links';
import { Membership } from './auth/membership';
import { resolveSecret } from './auth/secret';
import { Spaces } from './auth/spaces';
import { announceRevocation } from './cluster/announce-revocation';
import { openStorage } from './storage/open';
import type { Member } from './storage/storage';

export interface DataFolder {
  dataDir: string;
  /** Signing secret; defaults as for the relay (COMMONS_RELAY_SECRET, else the data folder's secret file). */
  secret?: string;
  databaseUrl?: string;
  /** With Redis, a revocation is also announced so every relay instance disconnects the member at once. */
  redisUrl?: string;
}

export interface MemberTokenRequest extends DataFolder {
  space: string;
  role: Role;
  name: string;
  ttlSeconds?: number;
}

export interface InviteLinkRequest extends DataFolder {
  space: string;
  role: Role;
  /** Absent: seven days; null: never expires. */
  expiresInSeconds?: number | null;
  maxUses?: number;
  /** The relay address people will open; default http://localhost:8080. */
  publicUrl?: string;
}

function checkSpace(space: string): void {
  if (!isValidSpaceId(space)) {
    throw new Error(`"${space}" is not a valid space id (lowercase letters, digits and dashes, up to 63)`);
  }
}

function checkRole(role: string): void {
  if (!isRole(role)) throw new Error(`"${role}" is not a role (viewer, commenter, editor or owner)`);
}

async function withMembership<T>(
  folder: DataFolder,
  run: (membership: Membership, spaces: Spaces) => Promise<T>,
  ttlSeconds?: number,
): Promise<T> {
  const secret = resolveSecret(folder.dataDir, folder.secret);
  const storage = await openStorage({ dataDir: folder.dataDir, databaseUrl: folder.databaseUrl });
  try {
    const membership = new Membership(storage.members, secret, ttlSeconds);
    return await run(membership, new Spaces(storage.members, membership));
  } finally {
    await storage.close();
  }
}

/** Records a new member and returns their token and id. */
export async function issueMember(request: MemberTokenRequest): Promise<{ token: string; memberId: string }> {
  checkSpace(request.space);
  checkRole(request.role);
  if (request.name.trim().length === 0) throw new Error('the member needs a name');
  return withMembership(
    request,
    async (membership) => {
      const { token, member } = await membership.issue(request.space, request.role, request.name.trim());
      return { token, memberId: member.id };
    },
    request.ttlSeconds,
  );
}

/** Records a new member and returns just their token. */
export async function issueMemberToken(request: MemberTokenRequest): Promise<string> {
  return (await issueMember(request)).token;
}

export async function createInviteLink(request: InviteLinkRequest): Promise<{ link: string; code: string }> {
  checkSpace(request.space);
  checkRole(request.role);
  return withMembership(request, async (membership) => {
    const { code } = await membership.createInvite(request);
    return { link: joinLink(request.publicUrl ?? 'http://localhost:8080', request.space, code), code };
  });
}

/** A new one-time link (valid seven days) with which someone creates a space and becomes its owner. */
export async function createSetupLink(
  folder: DataFolder & { publicUrl?: string },
): Promise<{ link: string; code: string }> {
  return withMembership(folder, async (_membership, spaces) => {
    const code = await spaces.createSetupCode();
    return { link: setupLink(folder.publicUrl ?? 'http://localhost:8080', code), code };
  });
}

export async function listMembers(folder: DataFolder & { space: string }): Promise<Member[]> {
  checkSpace(folder.space);
  return withMembership(folder, (membership) => membership.list(folder.space));
}

/**
 * Revokes a member; a relay running on the same data closes their connections within seconds. Resolves false
 * when there is no such active member; refuses to remove a space's last owner, as the API does.
 */
export async function revokeMember(
  folder: DataFolder & { space: string; memberId: string },
): Promise<boolean> {
  checkSpace(folder.space);
  const removed = await withMembership(folder, (membership) =>
    membership.remove(folder.space, folder.memberId),
  );
  if ('error' in removed) {
    if (removed.error === 'not-found') return false;
    throw new Error(
      `${folder.memberId} is the last owner of ${folder.space}: make someone else an owner first`,
    );
  }
  // Relays also notice within seconds by polling storage; the announcement only makes it immediate.
  if (folder.redisUrl) await announceRevocation(folder.redisUrl, folder.memberId);
  return true;
}
