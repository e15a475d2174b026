// When an invite or a setup code may be used, decided once for every backend: the databases count a use with
// one conditional UPDATE and call these only to say why it failed; the files backend calls them directly.
import type { Invite, InviteRedemption, SetupCodeCheck } from './storage';

export interface StoredSetupCode {
  expiresAt: number;
  usedAt: number | null;
}

export function checkSetupCode(code: StoredSetupCode | undefined, now: number): SetupCodeCheck {
  if (!code) return { ok: false, reason: 'unknown' };
  if (code.usedAt !== null) return { ok: false, reason: 'used' };
  if (code.expiresAt <= now) return { ok: false, reason: 'expired' };
  return { ok: true };
}

/** Open: not revoked, not expired and not used up (the SQL form is openInviteCondition in rows.ts). */
export const isOpenInvite = (invite: Invite, now: number): boolean =>
  invite.revokedAt === null &&
  (invite.expiresAt === null || invite.expiresAt > now) &&
  (invite.maxUses === null || invite.uses < invite.maxUses);

/** Why an invite cannot be redeemed now, or null when it can. A revoked invite reads as unknown. */
export function inviteRefusal(
  invite: Invite | undefined,
  now: number,
): Extract<InviteRedemption, { ok: false }> | null {
  if (!invite || invite.revokedAt !== null) return { ok: false, reason: 'unknown' };
  if (invite.expiresAt !== null && invite.expiresAt <= now) return { ok: false, reason: 'expired' };
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return { ok: false, reason: 'used-up' };
  return null;
}
