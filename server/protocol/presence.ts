// Presence as the relay lets one connection publish it: only client ids that connection introduced (a few),
// under the member's own name, at a bounded size and rate. What breaks a rule is dropped, never fanned out.
import * as decoding from 'lib0/decoding';
import { equalityDeep } from 'lib0/function';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { RoomMember } from '../rooms/kinds/policy';
import type { Room } from '../rooms/room';

export interface PresenceLimits {
  /** Client ids one connection may introduce: one per document it shows, and a few spare for reloads. */
  clientsPerConnection: number;
  /** Largest state one entry may carry, as JSON (a name, a colour and two cursor positions take a few hundred). */
  maxStateBytes: number;
  /** Presence messages a connection may send at once; past it they coalesce, keeping only the latest state. */
  burst: number;
  /** Messages regained per second. */
  perSecond: number;
}

export const DEFAULT_PRESENCE_LIMITS: PresenceLimits = {
  clientsPerConnection: 4,
  maxStateBytes: 8 * 1024,
  burst: 20,
  perSecond: 10,
};

type State = Record<string, unknown>;

interface Entry {
  clientId: number;
  clock: number;
  state: State | null;
}

export interface PresenceOptions {
  room: Room;
  limits: PresenceLimits;
  /** Largest presence message; bigger ones are dropped unread. */
  maxMessageBytes: number;
  /** The member this connection belongs to, whose name every state it publishes carries. */
  member(): RoomMember;
  /** Client ids nobody may publish under (the relay's own writing id). */
  reserved: readonly number[];
  /** The origin the room's audience sees for this connection's changes. */
  origin: unknown;
  /** Counts a dropped entry or message by reason. */
  rejected(reason: string): void;
}

/** Which connection holds each client id in a room's presence, so none can speak for another's. */
const holders = new WeakMap<Room, Map<number, ConnectionPresence>>();

function holdersOf(room: Room): Map<number, ConnectionPresence> {
  let map = holders.get(room);
  if (!map) {
    map = new Map();
    holders.set(room, map);
  }
  return map;
}

/** Reads an awareness update (y-protocols' format); throws on anything malformed, as applying it would. */
function readEntries(update: Uint8Array, maxStateBytes: number, rejected: (reason: string) => void): Entry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: Entry[] = [];
  for (let index = 0; index < count; index += 1) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    const state: unknown = JSON.parse(json);
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
      rejected('presence-not-an-object');
    } else if (json.length > maxStateBytes) {
      rejected('presence-too-large');
    } else {
      entries.push({ clientId, clock, state: state as State | null });
    }
  }
  return entries;
}

/**
 * y-protocols' applyAwarenessUpdate for entries already read: the same clock rules, meta and 'change'/'update'
 * events, without encoding the states to JSON only for it to parse them again (the broadcast encodes them once).
 */
function applyEntries(
  awareness: awarenessProtocol.Awareness,
  entries: Iterable<Entry>,
  origin: unknown,
): void {
  const timestamp = Date.now();
  const added: number[] = [];
  const updated: number[] = [];
  const filteredUpdated: number[] = [];
  const removed: number[] = [];
  for (const entry of entries) {
    const { clientId, state } = entry;
    let { clock } = entry;
    const meta = awareness.meta.get(clientId);
    const previous = awareness.states.get(clientId);
    const currentClock = meta === undefined ? 0 : meta.clock;
    const removesHeld = currentClock === clock && state === null && awareness.states.has(clientId);
    if (!(currentClock < clock || removesHeld)) continue;
    if (state === null) {
      // Never let a client remove the room's own state (the relay has none, but y-protocols keeps this rule).
      if (clientId === awareness.clientID && awareness.getLocalState() != null) clock += 1;
      else awareness.states.delete(clientId);
    } else {
      awareness.states.set(clientId, state);
    }
    awareness.meta.set(clientId, { clock, lastUpdated: timestamp });
    if (meta === undefined && state !== null) {
      added.push(clientId);
    } else if (meta !== undefined && state === null) {
      removed.push(clientId);
    } else if (state !== null) {
      if (!equalityDeep(state, previous)) filteredUpdated.push(clientId);
      updated.push(clientId);
    }
  }
  if (added.length > 0 || filteredUpdated.length > 0 || removed.length > 0) {
    awareness.emit('change', [{ added, updated: filteredUpdated, removed }, origin]);
  }
  if (added.length > 0 || updated.length > 0 || removed.length > 0) {
    awareness.emit('update', [{ added, updated, removed }, origin]);
  }
}

const isPlainObject = (value: unknown): value is State =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The name others see is the member's own. Lexical's collaboration cursors keep it at the top (`name`, beside
 * `color`, `focusing`, `anchorPos`, `focusPos`, `awarenessData`); y-prosemirror and y-codemirror clients under
 * `user.name`. Both are rewritten; colour and cursors are the client's. An organisation is removed: the relay
 * holds no record of one, so it cannot vouch for it.
 */
export function withMemberName(state: State, name: string): State {
  const rewritten: State = { ...state };
  if ('name' in rewritten) rewritten.name = name;
  if (typeof rewritten.user === 'string') rewritten.user = name;
  else if (isPlainObject(rewritten.user)) {
    const user: State = { ...rewritten.user };
    if ('name' in user) user.name = name;
    delete user.organisation;
    delete user.organization;
    rewritten.user = user;
  }
  delete rewritten.organisation;
  delete rewritten.organization;
  return rewritten;
}

export class ConnectionPresence {
  /** Client ids this connection holds; their states go when it ends. */
  readonly clients = new Set<number>();
  private readonly pending = new Map<number, Entry>();
  private tokens: number;
  private refilledAt = Date.now();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private ended = false;

  constructor(private readonly options: PresenceOptions) {
    this.tokens = options.limits.burst;
  }

  get member(): RoomMember {
    return this.options.member();
  }

  /** Takes one awareness update from the client; throws on a malformed one. */
  receive(update: Uint8Array): void {
    if (this.ended) return;
    const { limits, rejected } = this.options;
    if (update.byteLength > this.options.maxMessageBytes) {
      rejected('awareness-too-large');
      return;
    }
    for (const entry of readEntries(update, limits.maxStateBytes, rejected)) {
      if (!this.mayPublish(entry)) continue;
      const state = entry.state && withMemberName(entry.state, this.member.name);
      const waiting = this.pending.get(entry.clientId);
      if (!waiting || waiting.clock <= entry.clock) this.pending.set(entry.clientId, { ...entry, state });
    }
    if (this.pending.size === 0) return;
    if (this.take()) this.flush();
    else {
      // Coalesced: the latest state goes out once the bucket refills, the ones in between reach nobody.
      rejected('presence-rate');
      this.flushLater();
    }
  }

  /** Removes this connection's entries for everyone and lets its client ids go. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
    const held = holdersOf(this.options.room);
    for (const clientId of this.clients) if (held.get(clientId) === this) held.delete(clientId);
    const ids = [...this.clients];
    this.clients.clear();
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.options.room.awareness, ids, null);
  }

  /** Whether this connection may publish (or remove) the entry's client id, claiming it if it is free. */
  private mayPublish({ clientId, state }: Entry): boolean {
    const { room, reserved, limits, rejected } = this.options;
    if (this.clients.has(clientId)) return true;
    const held = holdersOf(room);
    const holder = held.get(clientId);
    if (holder && holder.member.id !== this.member.id) {
      rejected('presence-foreign');
      return false;
    }
    // A state nobody here holds belongs to the room itself, or to a connection on another relay instance.
    const foreign =
      clientId === room.awareness.clientID ||
      reserved.includes(clientId) ||
      (!holder && room.awareness.states.has(clientId));
    if (foreign) {
      rejected('presence-foreign');
      return false;
    }
    // Removing an id one never held changes nothing.
    if (state === null && !holder) return false;
    if (this.clients.size >= limits.clientsPerConnection) {
      rejected('presence-too-many-clients');
      return false;
    }
    // The same member's new connection (a reload, a network change) takes over from its old one.
    holder?.clients.delete(clientId);
    held.set(clientId, this);
    this.clients.add(clientId);
    return true;
  }

  private take(now = Date.now()): boolean {
    const { burst, perSecond } = this.options.limits;
    this.tokens = Math.min(burst, this.tokens + ((now - this.refilledAt) / 1000) * perSecond);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  private flush(): void {
    const entries = [...this.pending.values()];
    this.pending.clear();
    applyEntries(this.options.room.awareness, entries, this.options.origin);
  }

  private flushLater(): void {
    if (this.timer) return;
    const waitMs = Math.ceil(((1 - this.tokens) / this.options.limits.perSecond) * 1000);
    this.timer = setTimeout(
      () => {
        this.timer = null;
        if (this.ended || this.pending.size === 0) return;
        if (this.take()) this.flush();
        else this.flushLater();
      },
      Math.max(waitMs, 1),
    );
    this.timer.unref?.();
  }
}
