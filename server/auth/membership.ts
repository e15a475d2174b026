// Who belongs to which space: issuing member tokens, invites and joining with them, listing members, changing
// their roles and removing them. A token only works while its member is recorded and not removed, and carries
// the role the store holds now, not the one it was signed with. Knows storage, never HTTP.
import { randomUUID } from 'node:crypto';
import type { Role } from '../../shared/roles';
import type { Invite, Member, MemberStore } from '../storage/storage';
import { hashCode, newCode } from './one-time-codes';
import { verifySessionToken } from './session-tokens';
import { signMemberToken, verifyMemberToken } from './tokens';

export interface IssuedMember {
  token: string;
  member: Member;
}

export interface InviteRequest {
  space: string;
  role: Role;
  /** Absent: seven days; null: the invite never expires. */
  expiresInSeconds?: number | null;
  /** Absent or null: as many uses as wanted. */
  maxUses?: number | null;
  createdBy?: string;
}

export const DEFAULT_INVITE_TTL_SECONDS = 7 * 24 * 60 * 60;

export type JoinResult = IssuedMember | { error: 'unknown' | 'expired' | 'used-up' };

/** Why a role change or removal was refused: no such active member here, or it would leave no owner. */
export type MembershipRefusal = { error: 'not-found' | 'last-owner' };

export class Membership {
  /** Per-space queue, so two owners demoting each other at once cannot leave the space without an owner. */
  private readonly ownerChanges = new Map<string, Promise<unknown>>();

  constructor(
    private readonly storage: MemberStore,
    private readonly secret: Uint8Array,
    private readonly tokenTtlSeconds?: number,
  ) {}

  /** Records a new member and signs their token. */
  async issue(space: string, role: Role, name: string, id: string = randomUUID()): Promise<IssuedMember> {
    const member: Member = { id, space, name, role, createdAt: Date.now(), revokedAt: null };
    await this.storage.addMember(member);
    const token = await signMemberToken(
      this.secret,
      { memberId: member.id, name, space, role },
      this.tokenTtlSeconds,
    );
    return { token, member };
  }

  /** The member a token belongs to, or null when the token is forged, expired, unknown or revoked. */
  async authenticate(token: string): Promise<Member | null> {
    const claims = await verifyMemberToken(this.secret, token);
    if (!claims) return null;
    const member = await this.storage.getMember(claims.memberId);
    if (!member || member.revokedAt !== null || member.space !== claims.space) return null;
    return member;
  }

  /** Whether this is a genuine session-only token (a workshop guest's): such a token opens its session alone. */
  async isSessionToken(token: string): Promise<boolean> {
    return (await verifySessionToken(this.secret, token)) !== null;
  }

  /** Creates an invite; its code is returned once and only its hash is stored. */
  async createInvite(request: InviteRequest): Promise<{ code: string; invite: Invite }> {
    const code = newCode();
    const now = Date.now();
    const ttlSeconds =
      request.expiresInSeconds === undefined ? DEFAULT_INVITE_TTL_SECONDS : request.expiresInSeconds;
    const invite: Invite = {
      id: randomUUID(),
      codeHash: hashCode(code),
      space: request.space,
      role: request.role,
      createdBy: request.createdBy ?? null,
      createdAt: now,
      expiresAt: ttlSeconds === null ? null : now + ttlSeconds * 1000,
      maxUses: request.maxUses ?? null,
      uses: 0,
      revokedAt: null,
    };
    await this.storage.createInvite(invite);
    return { code, invite };
  }

  /** The invites that still let people in: not revoked, expired or used up. */
  listInvites(space: string): Promise<Invite[]> {
    return this.storage.listInvites(space, Date.now());
  }

  revokeInvite(space: string, inviteId: string): Promise<boolean> {
    return this.storage.revokeInvite(space, inviteId, Date.now());
  }

  async join(space: string, code: string, displayName: string): Promise<JoinResult> {
    const redemption = await this.storage.redeemInvite(space, hashCode(code), Date.now());
    if (!redemption.ok) return { error: redemption.reason };
    return this.issue(space, redemption.role, displayName);
  }

  list(space: string): Promise<Member[]> {
    return this.storage.listMembers(space);
  }

  /** Gives an active member of the space another role, unless that would leave the space without an owner. */
  changeRole(space: string, memberId: string, role: Role): Promise<{ member: Member } | MembershipRefusal> {
    return this.oneAtATime(space, async () => {
      const refusal = await this.refusal(space, memberId, role !== 'owner');
      if (refusal) return refusal;
      const member = await this.storage.setMemberRole(space, memberId, role);
      return member ? { member } : { error: 'not-found' };
    });
  }

  /** Removes an active member from the space, unless they are its last owner. */
  remove(space: string, memberId: string): Promise<{ removed: true } | MembershipRefusal> {
    return this.oneAtATime(space, async () => {
      const refusal = await this.refusal(space, memberId, true);
      if (refusal) return refusal;
      return (await this.storage.revokeMember(space, memberId, Date.now()))
        ? { removed: true }
        : { error: 'not-found' };
    });
  }

  private async refusal(
    space: string,
    memberId: string,
    losesOwnership: boolean,
  ): Promise<MembershipRefusal | null> {
    const member = await this.storage.getMember(memberId);
    if (!member || member.space !== space || member.revokedAt !== null) return { error: 'not-found' };
    if (member.role !== 'owner' || !losesOwnership) return null;
    const owners = (await this.storage.listMembers(space)).filter(
      (other) => other.role === 'owner' && other.revokedAt === null,
    );
    return owners.length > 1 ? null : { error: 'last-owner' };
  }

  private oneAtATime<T>(space: string, run: () => Promise<T>): Promise<T> {
    const previous = this.ownerChanges.get(space) ?? Promise.resolve();
    const next = previous.then(run, run);
    const settled = next.catch(() => undefined);
    this.ownerChanges.set(space, settled);
    void settled.then(() => {
      if (this.ownerChanges.get(space) === settled) this.ownerChanges.delete(space);
    });
    return next;
  }
}
