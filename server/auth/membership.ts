// Who belongs to which space: issuing member tokens, invites and joining with them, listing and revoking
// members. A token only works while its member is recorded and not revoked.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '../../shared/roles';
import type { Member, MemberStore } from '../storage/storage';
import { signMemberToken, verifyMemberToken } from './tokens';

export interface IssuedMember {
  token: string;
  member: Member;
}

export interface InviteRequest {
  space: string;
  role: Role;
  expiresInSeconds?: number;
  maxUses?: number;
  createdBy?: string;
}

export type JoinResult = IssuedMember | { error: 'unknown' | 'expired' | 'used-up' };

const hashInviteCode = (code: string): string => createHash('sha256').update(code).digest('hex');

export class Membership {
  constructor(
    private readonly storage: MemberStore,
    private readonly secret: Uint8Array,
    private readonly tokenTtlSeconds?: number,
  ) {}

  /** Records a new member and signs their token. */
  async issue(space: string, role: Role, name: string): Promise<IssuedMember> {
    const member: Member = { id: randomUUID(), space, name, role, createdAt: Date.now(), revokedAt: null };
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

  /** Creates an invite and returns its code; only the code's hash is stored. */
  async createInvite(request: InviteRequest): Promise<string> {
    const code = randomBytes(18).toString('base64url');
    const now = Date.now();
    await this.storage.createInvite({
      id: randomUUID(),
      codeHash: hashInviteCode(code),
      space: request.space,
      role: request.role,
      createdBy: request.createdBy ?? null,
      createdAt: now,
      expiresAt: request.expiresInSeconds === undefined ? null : now + request.expiresInSeconds * 1000,
      maxUses: request.maxUses ?? null,
      uses: 0,
      revokedAt: null,
    });
    return code;
  }

  async join(space: string, code: string, displayName: string): Promise<JoinResult> {
    const redemption = await this.storage.redeemInvite(space, hashInviteCode(code), Date.now());
    if (!redemption.ok) return { error: redemption.reason };
    return this.issue(space, redemption.role, displayName);
  }

  list(space: string): Promise<Member[]> {
    return this.storage.listMembers(space);
  }

  revoke(space: string, memberId: string): Promise<boolean> {
    return this.storage.revokeMember(space, memberId, Date.now());
  }
}

export const joinLink = (publicUrl: string, space: string, code: string): string =>
  `${publicUrl.replace(/\/+$/, '')}/#/join?space=${encodeURIComponent(space)}&invite=${encodeURIComponent(code)}`;
