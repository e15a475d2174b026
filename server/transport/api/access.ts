// Who is calling: the member a Bearer token names, and the owner check every owner endpoint shares.
// Bearer tokens, not cookies, authorize, so no request can ride on a browser's ambient credentials.
import type { IncomingMessage } from 'node:http';
import { canManageMembers } from '../../../shared/roles';
import type { Membership } from '../../auth/membership';
import type { Member } from '../../storage/storage';
import { HttpError } from './http-json';

export async function caller(membership: Membership, req: IncomingMessage): Promise<Member> {
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!token) throw new HttpError(401, 'A member token is required (Authorization: Bearer <token>).');
  const member = await membership.authenticate(token);
  if (!member && (await membership.isSessionToken(token))) {
    throw new HttpError(403, 'This token opens one workshop session only, not the space.');
  }
  if (!member) throw new HttpError(401, 'This member token is not valid, or its member was removed.');
  return member;
}

export async function owner(membership: Membership, req: IncomingMessage): Promise<Member> {
  const member = await caller(membership, req);
  if (!canManageMembers(member.role)) {
    throw new HttpError(403, 'Only owners of this space can manage its members and invites.');
  }
  return member;
}
