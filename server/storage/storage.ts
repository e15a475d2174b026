// The storage contracts every relay backend implements (SQLite, PostgreSQL, plain files), split by concern so a
// new store is one new interface, not a change to every backend and the cluster wrapper method by method.
// Methods are async so a networked database fits the same shape as the embedded ones.
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

/** Each room's Yjs history: an append-only log of updates, folded into a snapshot now and then. */
export interface RoomLog {
  loadRoom(room: string): Promise<StoredRoom>;
  /** Appends updates to the room's log durably; resolves with the sequence number of the last one. */
  appendUpdates(room: string, updates: Uint8Array[]): Promise<number>;
  /** Replaces the snapshot and drops logged updates up to `throughSeq`, which the snapshot already holds. */
  compact(room: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;
}

export interface Space {
  /** Also the first part of every room name in the space (`<space>/index`). */
  id: string;
  name: string;
  description: string;
  languages: string[];
  createdAt: number;
  createdBy: string | null;
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
  /** Names the invite to owners (listing, revoking); the code itself is never stored, only its hash. */
  id: string;
  codeHash: string;
  space: string;
  role: Role;
  createdBy: string | null;
  createdAt: number;
  expiresAt: number | null;
  maxUses: number | null;
  uses: number;
  revokedAt: number | null;
}

export type InviteRedemption =
  | { ok: true; role: Role }
  | { ok: false; reason: 'unknown' | 'expired' | 'used-up' };

/** A one-time code that lets whoever holds it create a space (the first owner of a fresh relay). */
export interface SetupCode {
  codeHash: string;
  createdAt: number;
  expiresAt: number;
}

export type SetupCodeCheck = { ok: true } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

/** Spaces, who belongs to them, the invites that let people in and the setup codes that create spaces. */
export interface MemberStore {
  /** Resolves false when the id is already taken. */
  createSpace(space: Space): Promise<boolean>;
  getSpace(id: string): Promise<Space | null>;
  listSpaces(): Promise<Space[]>;
  /** True once a space exists: a space record, or any member (data from before spaces were recorded). */
  hasAnySpace(): Promise<boolean>;

  createSetupCode(code: SetupCode): Promise<void>;
  /** Says whether the code could be used now, without using it. */
  checkSetupCode(codeHash: string, now: number): Promise<SetupCodeCheck>;
  /** Uses the code, atomically: of two callers at once, one gets ok and the other 'used'. */
  useSetupCode(codeHash: string, now: number): Promise<SetupCodeCheck>;

  addMember(member: Member): Promise<void>;
  getMember(id: string): Promise<Member | null>;
  listMembers(space: string): Promise<Member[]>;
  /** Marks a member revoked; resolves false when there is no such member in that space. */
  revokeMember(space: string, id: string, at: number): Promise<boolean>;
  /** Which of these member ids have been revoked (used to close sockets revoked by another process). */
  revokedAmong(ids: string[]): Promise<string[]>;
  /** Resolves with the updated member, or null when there is no such active member in that space. */
  setMemberRole(space: string, id: string, role: Role): Promise<Member | null>;

  createInvite(invite: Invite): Promise<void>;
  /** Checks revocation, expiry and uses and counts one use, atomically (a revoked invite is 'unknown'). */
  redeemInvite(space: string, codeHash: string, now: number): Promise<InviteRedemption>;
  /** The open invites: not revoked, not expired, not used up; oldest first. */
  listInvites(space: string, now: number): Promise<Invite[]>;
  /** Resolves false when there is no such open invite in that space. */
  revokeInvite(space: string, id: string, at: number): Promise<boolean>;
}

/** A named version of a room: its whole state at one moment, kept apart from the room's log. */
export interface StoredVersion {
  id: string;
  room: string;
  name: string;
  createdBy: string | null;
  createdAt: number;
  state: Uint8Array;
}

export type VersionSummary = Omit<StoredVersion, 'state'>;

export interface VersionStore {
  saveVersion(version: StoredVersion): Promise<void>;
  /** The room's versions without their state, oldest first. */
  listVersions(room: string): Promise<VersionSummary[]>;
  loadVersion(room: string, id: string): Promise<StoredVersion | null>;
}

export interface RelayStorage {
  rooms: RoomLog;
  members: MemberStore;
  versions: VersionStore;
  close(): Promise<void>;
}
