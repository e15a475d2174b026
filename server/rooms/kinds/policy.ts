// What a room kind's policy is made of (Hocuspocus-style hooks, plus the requests the kind answers), and the
// requests every kind answers.
import type * as Y from 'yjs';
import type {
  RelayErrorCode,
  RelayRequestOutput,
  RelayRequestParsed,
  RelayRequestType,
} from '../../../shared/relay-requests';
import type { Role } from '../../../shared/roles';
import type { RoomKind, Room as RoomName } from '../../../shared/rooms';
import type { MemberStore, VersionStore } from '../../storage/storage';
import type { Room, RoomDocumentPolicy } from '../room';

export type Access = 'write' | 'read';

/** The member a connection belongs to, as the relay knows it. */
export interface RoomMember {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  /** Set for a guest admitted by a session-only token: the one session (id) they may open. */
  readonly session?: string;
}

export interface RequestContext {
  readonly room: Room;
  readonly member: RoomMember;
  /** What the room's policy allows this member right now. */
  readonly writable: boolean;
  /** The relay's clock, ms since the epoch. */
  now(): number;
  /** Runs `change` as one transaction on the room's document under the relay's own client id. */
  writeAsRelay(change: (doc: Y.Doc) => void): void;
  /**
   * The same in another room of this room's space (a member's inbox), loaded for the write when nobody has it
   * open; resolves once the write is stored. Never rejects: a failure is logged, since it only follows up on
   * what the request already did.
   */
  writeOtherRoomAsRelay(name: string, change: (doc: Y.Doc) => void): Promise<void>;
  /** The relay's stores a request may read or write (named versions; members, to name who made something). */
  readonly stores: RequestStores;
}

/** What handlers reach of the relay's storage; a session built without them refuses such requests. */
export interface RequestStores {
  readonly versions: VersionStore | null;
  readonly members: MemberStore | null;
}

/** Thrown by a handler to refuse a request with a code the client can act on. */
export class RequestRefused extends Error {
  constructor(
    readonly code: Exclude<RelayErrorCode, 'internal'>,
    message: string,
  ) {
    super(message);
  }
}

export type RequestHandler<T extends RelayRequestType> = (
  input: RelayRequestParsed<T>,
  context: RequestContext,
) => RelayRequestOutput<T> | Promise<RelayRequestOutput<T>>;

export type RequestHandlers = { readonly [T in RelayRequestType]?: RequestHandler<T> };

export interface RoomPolicy extends RoomDocumentPolicy {
  readonly kind: RoomKind;
  /** Whether a member with this role may change the room; otherwise the relay keeps the connection read-only. */
  access(role: Role): Access;
  /** Whether this member may open this room at all, beyond being in its space (an inbox: its member only). */
  opens?(room: RoomName, member: RoomMember): boolean;
  /**
   * Refuse client updates that carry the relay's client ids, so items with those ids are attested as the
   * relay's. Costs one extra decode per client update, so only kinds where the relay writes pay it.
   */
  readonly guardsRelayContent: boolean;
  readonly requests: RequestHandlers;
  /** The name a member's presence carries in this room, when not their own (anonymous sessions hide it). */
  presenceName?(room: Room, member: RoomMember): string | undefined;
  /**
   * A member-specific say on a writable member's update, after the role check (document rooms whose owner
   * chose that only leads edit directly): false drops it.
   */
  admitsWrite?(room: Room, member: RoomMember, update: Uint8Array): boolean;
}

/** Answered in every room, for every role. */
export const commonRequests = {
  time: (_input, context) => ({ serverTime: context.now() }),
  whoami: (_input, { member, writable }) => ({
    memberId: member.id,
    name: member.name,
    role: member.role,
    writable,
  }),
} as const satisfies RequestHandlers;

/** Kind-independent defaults a policy starts from. */
export const noHooks = {
  onLoad(_room: Room): void {},
  onChange(_room: Room, _update: Uint8Array, _origin: unknown): void {},
};
