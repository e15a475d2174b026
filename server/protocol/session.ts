// One client's conversation about one room, independent of the socket carrying it: loads the room before
// the first sync step, buffers frames that arrive meanwhile, enforces what the room's policy lets this member
// write, answers the request channel, and joins the room's audience, which brings it everyone else's changes.
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { Role } from '../../shared/roles';
import type { RequestContext, RequestStores, RoomMember, RoomPolicy } from '../rooms/kinds/policy';
import { writeAsRelay, writeOtherRoomAsRelay } from '../rooms/kinds/relay-writes';
import type { RoomRegistry } from '../rooms/registry';
import type { Room } from '../rooms/room';
import { type BroadcastObserver, joinAudience, type Listener, type RoomAudience } from './audience';
import {
  CLOSE_PROTOCOL_ERROR,
  type ClientMessage,
  guarded,
  ProtocolError,
  readClientMessage,
  writeAwareness,
  writePermissionDenied,
  writeSyncStep1,
  writeSyncStep2,
} from './messages';
import { ConnectionPresence, DEFAULT_PRESENCE_LIMITS, type PresenceLimits } from './presence';
import { RequestChannel, type RequestLimit } from './requests';
import { WriteGate } from './write-gate';

/** What a session needs from the transport carrying it. */
export interface Channel {
  send(message: Uint8Array): void;
  /**
   * Sends a message that every session of the room is handed in a row (a broadcast): the transport may encode
   * it for the wire once and reuse that for each session. Default `send`.
   */
  sendShared?(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

export interface SessionObserver extends BroadcastObserver {
  received(kind: ClientMessage['kind'], bytes: number): void;
  rejected(reason: string): void;
}

export interface SessionOptions {
  /** Who is connected; the room's policy turns their role into write or read access. */
  member: RoomMember;
  policy: RoomPolicy;
  /** The client id the relay writes with (rooms/kinds/relay-writes.ts). */
  relayClientId: number;
  /** Storage that requests use (named versions, member names); absent, such requests are refused. */
  stores?: RequestStores;
  requestLimit: RequestLimit;
  /** Largest presence message; bigger ones are dropped unread. */
  maxAwarenessBytes: number;
  /** What this connection may publish as presence (default DEFAULT_PRESENCE_LIMITS). */
  presenceLimits?: PresenceLimits;
  /** Frames held while the room loads; past this the client is misbehaving. */
  maxBufferedFrames: number;
  observer: SessionObserver;
  logger: Logger;
}

const CLOSE_INTERNAL_ERROR = 1011;
const CLOSE_POLICY = 1008;

export class RoomSession implements Listener {
  private room: Room | null = null;
  private audience: RoomAudience | null = null;
  private buffered: Uint8Array[] | null = [];
  private ended = false;
  private member: RoomMember;
  private writable: boolean;
  private readonly requests: RequestChannel;
  private readonly writes: WriteGate;
  private stopStoredNotices: (() => void) | null = null;
  private presence: ConnectionPresence | null = null;
  /** Set while applying an update that may complete structs other clients sent earlier (see handle). */
  wantsOwnUpdate = false;

  constructor(
    readonly roomName: string,
    private readonly channel: Channel,
    private readonly rooms: RoomRegistry,
    private readonly options: SessionOptions,
  ) {
    this.member = options.member;
    this.writable = options.policy.access(options.member.role) === 'write';
    this.writes = new WriteGate({
      guardsRelayContent: options.policy.guardsRelayContent,
      rejected: (reason) => options.observer.rejected(reason),
      deny: (reason) => this.reply(writePermissionDenied(reason)),
    });
    this.requests = new RequestChannel({
      roomName,
      policy: options.policy,
      limit: options.requestLimit,
      send: (message) => this.reply(message),
      rejected: (reason) => options.observer.rejected(reason),
      logger: options.logger,
    });
  }

  /** Whether the relay currently applies this client's changes. */
  get canWrite(): boolean {
    return this.writable;
  }

  /** Applies a role an owner just gave this member, and tells the client if it speaks the request channel. */
  changeRole(role: Role): void {
    this.member = { ...this.member, role };
    this.writable = this.options.policy.access(role) === 'write';
    this.writes.reset();
    this.requests.notify({ notice: 'role', role, writable: this.writable });
  }

  /** Opens the room, then greets the client with sync step 1 and the current presence. */
  async start(): Promise<void> {
    let room: Room;
    try {
      room = await this.rooms.open(this.roomName);
    } catch (error) {
      this.options.logger.error({ err: error, room: this.roomName }, 'could not load room');
      this.ended = true;
      this.channel.close(CLOSE_INTERNAL_ERROR, 'room unavailable');
      return;
    }
    if (this.ended) {
      void this.rooms.release(room);
      return;
    }
    this.room = room;
    this.presence = new ConnectionPresence({
      room,
      limits: this.options.presenceLimits ?? DEFAULT_PRESENCE_LIMITS,
      member: () => this.presenceMember(room),
      maxMessageBytes: this.options.maxAwarenessBytes,
      reserved: [this.options.relayClientId],
      origin: this,
      rejected: (reason) => this.options.observer.rejected(reason),
    });
    this.audience = joinAudience(room, this, this.options.observer);
    this.reply(writeSyncStep1(room.doc));
    const present = [...room.awareness.getStates().keys()];
    if (present.length > 0) this.reply(writeAwareness(room.awareness, present));
    const waiting = this.buffered ?? [];
    this.buffered = null;
    for (const frame of waiting) this.receive(frame);
  }

  /** Handles one frame; a bad frame ends only this session. */
  receive(frame: Uint8Array): void {
    if (this.ended) return;
    if (this.buffered) {
      if (this.buffered.length >= this.options.maxBufferedFrames) {
        this.reject('too-many-frames-while-loading', CLOSE_POLICY, 'too many frames while loading');
        return;
      }
      this.buffered.push(frame);
      return;
    }
    try {
      const message = readClientMessage(frame);
      this.options.observer.received(message.kind, frame.byteLength);
      this.handle(message);
    } catch (error) {
      if (error instanceof ProtocolError) {
        this.options.logger.warn({ room: this.roomName, reason: error.message }, 'closing a connection');
        this.reject(error.reason, error.closeCode, error.reason);
      } else {
        this.options.logger.warn({ err: error, room: this.roomName }, 'closing a connection after an error');
        this.reject('error', CLOSE_PROTOCOL_ERROR, 'message rejected');
      }
    }
  }

  /** Detaches from the room and lets it unload if this was the last connection. */
  end(): void {
    if (this.ended && !this.room) return;
    this.ended = true;
    this.buffered = null;
    const room = this.room;
    if (!room) return;
    this.room = null;
    this.audience?.leave(this);
    this.audience = null;
    this.stopStoredNotices?.();
    this.stopStoredNotices = null;
    // After leaving the audience: everyone else hears this connection's presence go.
    this.presence?.end();
    this.presence = null;
    this.rooms.release(room).catch((error: unknown) => {
      this.options.logger.error({ err: error, room: this.roomName }, 'could not unload room');
    });
  }

  private handle(message: ClientMessage): void {
    const room = this.room;
    if (!room) return;
    switch (message.kind) {
      case 'sync-step-1':
        this.reply(guarded(() => writeSyncStep2(room.doc, message.stateVector), 'bad state vector'));
        return;
      case 'sync-step-2':
      case 'update':
        if (
          this.writes.admits(room.doc, message.update, this.writable) &&
          guarded(
            () => this.options.policy.admitsWrite?.(room, this.member, message.update) ?? true,
            'update rejected',
          )
        )
          this.applyWrite(room, message.update);
        return;
      case 'awareness':
        guarded(() => this.presence?.receive(message.update), 'bad awareness update');
        return;
      case 'query-awareness':
        this.reply(writeAwareness(room.awareness, [...room.awareness.getStates().keys()]));
        return;
      case 'auth':
        // Clients have nothing to say on the auth channel; ignoring matches the reference server.
        return;
      case 'request':
        if (!this.requests.used) this.startStoredNotices(room);
        void this.requests.handle(message, this.requestContext(room));
        return;
    }
  }

  private requestContext(room: Room): RequestContext {
    return {
      room,
      member: this.member,
      writable: this.writable,
      now: () => Date.now(),
      writeAsRelay: (change) => writeAsRelay(room, this.options.relayClientId, change),
      writeOtherRoomAsRelay: (name, change) =>
        writeOtherRoomAsRelay(
          this.rooms,
          { from: room, name, clientId: this.options.relayClientId, logger: this.options.logger },
          change,
        ),
      stores: this.options.stores ?? { versions: null, members: null },
    };
  }

  /** Who this connection's presence names: the member, unless the room's policy hides names (anonymous sessions). */
  private presenceMember(room: Room): RoomMember {
    const name = this.options.policy.presenceName?.(room, this.member);
    return name === undefined ? this.member : { ...this.member, name };
  }

  /** From its first request on, a client hears what is durably stored: at once, then after each write. */
  private startStoredNotices(room: Room): void {
    this.stopStoredNotices = room.onStoredFromNow((stateVector) =>
      this.requests.notify({ notice: 'stored', stateVector: Buffer.from(stateVector).toString('base64') }),
    );
  }

  /** Part of the room's audience: every broadcast reaches the client through here. */
  send(message: Uint8Array): void {
    if (this.channel.sendShared) this.channel.sendShared(message);
    else this.channel.send(message);
  }

  /** Sends a message meant for this client alone. */
  private reply(message: Uint8Array): void {
    this.channel.send(message);
    this.options.observer.sent?.(1, message.byteLength);
  }

  private applyWrite(room: Room, update: Uint8Array): void {
    // The audience skips the sender, which already has its own update, except when the update completes
    // structs that were waiting for missing history: then the sender needs the merged result too.
    const store = room.doc.store;
    this.wantsOwnUpdate = store.pendingStructs !== null || store.pendingDs !== null;
    try {
      Y.applyUpdate(room.doc, update, this);
    } catch (error) {
      throw new ProtocolError(`update rejected: ${String(error)}`, CLOSE_PROTOCOL_ERROR, 'update-rejected');
    } finally {
      this.wantsOwnUpdate = false;
    }
  }

  private reject(reason: string, code: number, closeReason: string): void {
    this.options.observer.rejected(reason);
    this.channel.close(code, closeReason);
    this.end();
  }
}
