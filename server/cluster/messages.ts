// What relay instances tell each other over Redis pub/sub: one channel per room (and one for member changes:
// revocations and role changes), each message a kind byte, the sending instance's id, then the payload.
import { randomBytes } from 'node:crypto';
import { isRole, type Role } from '../../shared/roles';

export type ClusterMessageKind =
  | 'update'
  | 'awareness'
  | 'stored'
  | 'revoked'
  | 'role'
  | 'flushed'
  /** A room loading here asks what the others hold beyond its state vector (load-catch-up.ts). */
  | 'ask'
  /** The reply to `ask`, addressed to the asking instance. */
  | 'answer';

export interface ClusterMessage {
  kind: ClusterMessageKind;
  /** Hex id of the instance that sent it, so an instance ignores its own messages. */
  origin: string;
  payload: Uint8Array;
}

// New kinds go at the end: the index is the byte on the wire, which running instances must agree on.
const KINDS: readonly ClusterMessageKind[] = [
  'update',
  'awareness',
  'stored',
  'revoked',
  'role',
  'flushed',
  'ask',
  'answer',
];
const ID_BYTES = 16;

/** Revocations and role changes: every instance listens, to act on that member's open connections. */
export const REVOCATIONS_CHANNEL = 'commons:revoked';

export const roomChannel = (room: string): string => `commons:room:${room}`;

/** The room a channel belongs to, or null for any other channel. */
export function roomOfChannel(channel: string): string | null {
  return channel.startsWith('commons:room:') ? channel.slice('commons:room:'.length) : null;
}

export const newInstanceId = (): string => randomBytes(ID_BYTES).toString('hex');

export function encodeClusterMessage(message: ClusterMessage): Buffer {
  const header = Buffer.alloc(1 + ID_BYTES);
  header[0] = KINDS.indexOf(message.kind);
  header.write(message.origin, 1, 'hex');
  return Buffer.concat([header, message.payload]);
}

/** Null for anything that is not one of our messages (another program publishing on the channel). */
export function decodeClusterMessage(data: Buffer): ClusterMessage | null {
  const kind = KINDS[data[0] ?? -1];
  if (!kind || data.byteLength < 1 + ID_BYTES) return null;
  return {
    kind,
    origin: data.subarray(1, 1 + ID_BYTES).toString('hex'),
    payload: new Uint8Array(data.buffer, data.byteOffset + 1 + ID_BYTES, data.byteLength - 1 - ID_BYTES),
  };
}

export const encodeRoleChange = (memberId: string, role: Role): Uint8Array =>
  new TextEncoder().encode(JSON.stringify({ memberId, role }));

/** A role change another instance announced, or null for anything else on the channel. */
export function readRoleChange(payload: Uint8Array): { memberId: string; role: Role } | null {
  try {
    const { memberId, role } = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
    return typeof memberId === 'string' && isRole(role) ? { memberId, role } : null;
  } catch {
    return null;
  }
}
