// The relay's member and invite endpoints, as the Members page uses them: who is in the space, what the
// owner may change, and invites. Every answer is validated; failures are RelayApiErrors with a reason.
import { z } from 'zod';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { ROLES, type Role } from '../../shared/roles';
import { callRelay } from '../spaces/relayApi';

/** A moment as milliseconds; the relay sends ISO strings (numbers are accepted too, being unambiguous). */
const instant = z
  .union([z.number(), z.iso.datetime({ offset: true })])
  .transform((value) => (typeof value === 'number' ? value : Date.parse(value)));

const spaceAnswer = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  languages: z.array(z.string()),
  createdAt: instant,
  you: z.object({ memberId: z.string(), name: z.string(), role: z.enum(ROLES) }),
});
export type SpaceDetails = z.infer<typeof spaceAnswer>;

const memberSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  joinedAt: instant,
  revokedAt: instant.nullable(),
});
export type Member = z.infer<typeof memberSchema>;

const membersAnswer = z.object({ members: z.array(memberSchema) });

const openInviteSchema = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  createdAt: instant,
  expiresAt: instant.nullable(),
  maxUses: z.number().int().nullable(),
  uses: z.number().int().nonnegative(),
});
export type OpenInvite = z.infer<typeof openInviteSchema>;

const invitesAnswer = z.object({ invites: z.array(openInviteSchema) });

const createdInviteSchema = z.object({
  id: z.string(),
  code: z.string(),
  link: z.url(),
  role: z.enum(ROLES),
  expiresAt: instant.nullable(),
  maxUses: z.number().int().nullable(),
});
export type CreatedInvite = z.infer<typeof createdInviteSchema>;

export interface NewInvite {
  role: Role;
  /** null: the invite never expires. */
  expiresInSeconds: number | null;
  /** null: any number of people may use it. */
  maxUses: number | null;
}

type Where = Pick<SpaceMembership, 'serverUrl' | 'token'>;

const at = ({ serverUrl, token }: Where) => ({ serverUrl, token });

export const getSpace = (where: Where) =>
  callRelay({ ...at(where), path: '/api/space', answer: spaceAnswer });

export async function listMembers(where: Where): Promise<Member[]> {
  return (await callRelay({ ...at(where), path: '/api/members', answer: membersAnswer })).members;
}

export async function changeRole(where: Where, memberId: string, role: Role): Promise<void> {
  await callRelay({
    ...at(where),
    path: `/api/members/${encodeURIComponent(memberId)}`,
    method: 'PATCH',
    body: { role },
    answer: z.unknown(),
  });
}

export async function removeMember(where: Where, memberId: string): Promise<void> {
  await callRelay({
    ...at(where),
    path: `/api/members/${encodeURIComponent(memberId)}`,
    method: 'DELETE',
    answer: z.unknown(),
  });
}

export async function listInvites(where: Where): Promise<OpenInvite[]> {
  return (await callRelay({ ...at(where), path: '/api/invites', answer: invitesAnswer })).invites;
}

export async function createInvite(where: Where, invite: NewInvite): Promise<CreatedInvite> {
  return callRelay({
    ...at(where),
    path: '/api/invites',
    method: 'POST',
    body: invite,
    answer: createdInviteSchema,
  });
}

export async function revokeInvite(where: Where, inviteId: string): Promise<void> {
  await callRelay({
    ...at(where),
    path: `/api/invites/${encodeURIComponent(inviteId)}`,
    method: 'DELETE',
    answer: z.unknown(),
  });
}
