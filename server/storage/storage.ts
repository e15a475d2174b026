// The storage interface every relay backend implements (SQLite here; PostgreSQL can follow).
// Methods are async so a networked database fits the same shape as the embedded one.
import type { Role } from '../../shared/roles';

/** What is stored for one room: an optional compacted snapshot plus the updates logged after it. */
export interface StoredRoom {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** Highest log sequence number included in `snapshot` + `updates` (0 when the room is new). */
  lastSeq: number;
  /** Total bytes of the logged updates, so the room knows when to compact. */
  updateBytes: number;
}

export interface Member {
  id: string;
  space: string;
  name: string;
  role: Role;
  createdAt: number;
  revokedAt: number | null;
}

export interface Invite {
  codeHash: string;
  space: string;
  role: Role;
  createdBy: string | null;
  createdAt: number;
  expiresAt: number | null;
  maxUses: number | null;
  uses: number;
}

export type InviteRedemption =
  | { ok: true; role: Role }
  | { ok: false; reason: 'unknown' | 'expired' | 'used-up' };

export interface RelayStorage {
  loadRoom(room: string): Promise<StoredRoom>;
  /** Appends updates to the room's log durably; resolves with the sequence number of the last one. */
  appendUpdates(room: string, updates: Uint8Array[]): Promise<number>;
  /** Replaces the snapshot and drops logged updates up to `throughSeq`, which the snapshot already holds. */
  compact(room: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;

  addMember(member: Member): Promise<void>;
  getMember(id: string): Promise<Member | null>;
  listMembers(space: string): Promise<Member[]>;
  /** Marks a member revoked; resolves false when there is no such member in that space. */
  revokeMember(space: string, id: string, at: number): Promise<boolean>;
  /** Which of these member ids have been revoked (used to close sockets revoked by another process). */
  revokedAmong(ids: string[]): Promise<string[]>;

  createInvite(invite: Invite): Promise<void>;
  /** Checks expiry and uses and counts one use, atomically. */
  redeemInvite(space: string, codeHash: string, now: number): Promise<InviteRedemption>;

  close(): Promise<void>;
}
