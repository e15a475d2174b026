// Roles per space and what each may write (owner > editor > commenter > viewer; docs/architecture.md, "Roles").
import type { RoomKind } from './rooms';

export const ROLES = ['viewer', 'commenter', 'editor', 'owner'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

export function atLeast(role: Role, minimum: Role): boolean {
  return roleRank(role) >= roleRank(minimum);
}

/** Whether a member with this role may change a room of this kind; otherwise the relay treats it read-only. */
export function canWrite(role: Role, kind: RoomKind): boolean {
  switch (kind) {
    case 'index':
    case 'doc':
      return atLeast(role, 'editor');
    case 'discussion':
    case 'session':
      return atLeast(role, 'commenter');
    case 'inbox':
      // Only the relay writes an inbox; its member marks mentions read by asking (inbox:read).
      return false;
  }
}

/** Only owners manage members and invites. */
export const canManageMembers = (role: Role): boolean => role === 'owner';
