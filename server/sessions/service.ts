// The relay's workshop sessions, beside the rooms: each session's private log (secrets.ts), the short codes,
// session-only guests (their tokens and joining by code) and attendance from open connections. The session
// room's policy (rooms/kinds/session.ts) calls it; createRelay makes one per relay.
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { parseRoomName, sessionRoom } from '../../shared/rooms';
import type { SessionJoinAnswer } from '../../shared/session-join';
import { readSessionMeta, type SessionAttendance, type SessionMeta } from '../../shared/sessions';
import { signSessionToken, verifySessionToken } from '../auth/session-tokens';
import type { RoomMember } from '../rooms/kinds/policy';
import { writeAsRelay } from '../rooms/kinds/relay-writes';
import type { RoomRegistry } from '../rooms/registry';
import type { Room } from '../rooms/room';
import type { RoomLog } from '../storage/storage';
import { SessionCodes } from './codes';
import { PrivateLog, privateLogName } from './private-log';
import { replaceSingle } from './room-writes';
import { type SessionEvent, type SessionSecrets, sessionSecrets } from './secrets';

export interface SessionServiceOptions {
  /** Where private logs are kept (the relay's own storage, not a cluster's fan-out). */
  storage: RoomLog;
  rooms: RoomRegistry;
  secret: Uint8Array;
  relayClientId: number;
  logger: Logger;
  /** The space's display name for the join answer. */
  spaceName(space: string): Promise<string>;
  /**
   * Several relay instances share this storage (a cluster): private logs are read afresh for every request, so
   * ballots, answers and codes taken by another instance count here too.
   */
  shared?: boolean;
}

/** A guest admitted by a session token, as the gateway sees them. */
export interface SessionGuest {
  id: string;
  name: string;
  space: string;
  role: 'commenter';
  session: string;
}

export type JoinRefusal = { error: 'unknown' | 'closed' };

export const newEntityId = (): string => randomBytes(12).toString('base64url');

/** The member who set the session up facilitates, and so does any owner of the space; guests never do. */
export const facilitates = (meta: SessionMeta | null, member: RoomMember): boolean =>
  member.session === undefined &&
  meta !== null &&
  (meta.facilitator.memberId === member.id || member.role === 'owner');

export class SessionService {
  readonly codes: SessionCodes;
  private readonly logs = new Map<string, Promise<PrivateLog<SessionSecrets, SessionEvent>>>();
  /** Room name -> member id -> open connections and who they are. */
  private readonly present = new Map<string, Map<string, { member: RoomMember; connections: number }>>();

  private stopped = false;

  constructor(private readonly options: SessionServiceOptions) {
    this.codes = new SessionCodes(options.storage, options.logger, options.shared ?? false);
  }

  /** The relay is stopping: connections closing now must not load rooms again to write attendance. */
  stop(): void {
    this.stopped = true;
  }

  /** The session's private log, loaded once and kept while the relay runs (it is small); afresh when shared. */
  secrets(roomName: string): Promise<PrivateLog<SessionSecrets, SessionEvent>> {
    const name = privateLogName(roomName);
    if (this.options.shared) {
      return PrivateLog.open(this.options.storage, name, sessionSecrets, this.options.logger, false);
    }
    let log = this.logs.get(roomName);
    if (!log) {
      log = PrivateLog.open(this.options.storage, name, sessionSecrets, this.options.logger);
      this.logs.set(roomName, log);
      log.catch(() => this.logs.delete(roomName));
    }
    return log;
  }

  /** Redeems a short code for a session-only token, or says why not. */
  async join(code: string, displayName: string): Promise<SessionJoinAnswer | JoinRefusal> {
    const target = await this.codes.find(code);
    if (!target) return { error: 'unknown' };
    const room = sessionRoom(target.space, target.session);
    const meta = await this.withRoom(room, (loaded) => readSessionMeta(loaded.doc));
    if (!meta) return { error: 'unknown' };
    if (meta.status === 'closed') return { error: 'closed' };
    const guestId = `guest-${newEntityId()}`;
    const token = await signSessionToken(this.options.secret, {
      guestId,
      name: displayName,
      space: target.space,
      session: target.session,
    });
    return {
      token,
      space: target.space,
      spaceName: await this.options.spaceName(target.space),
      session: target.session,
      room,
      title: meta.title,
      memberId: guestId,
      name: displayName,
      role: 'commenter',
    };
  }

  /** The guest a session token admits, or null when it is not one. */
  async authenticateGuest(token: string): Promise<SessionGuest | null> {
    const claims = await verifySessionToken(this.options.secret, token);
    if (!claims) return null;
    return {
      id: claims.guestId,
      name: claims.name,
      space: claims.space,
      role: 'commenter',
      session: claims.session,
    };
  }

  /** A connection to a session room opened (the gateway tells): attendance follows. */
  connected(roomName: string, member: RoomMember): void {
    if (parseRoomName(roomName)?.kind !== 'session') return;
    let people = this.present.get(roomName);
    if (!people) {
      people = new Map();
      this.present.set(roomName, people);
    }
    const entry = people.get(member.id);
    if (entry) entry.connections += 1;
    else people.set(member.id, { member, connections: 1 });
    void this.updateAttendance(roomName, member);
  }

  disconnected(roomName: string, member: RoomMember): void {
    const people = this.present.get(roomName);
    const entry = people?.get(member.id);
    if (!people || !entry) return;
    entry.connections -= 1;
    if (entry.connections > 0) return;
    people.delete(member.id);
    if (people.size === 0) this.present.delete(roomName);
    void this.updateAttendance(roomName, null);
  }

  /** Who is connected to the session room now. */
  presentIn(roomName: string): RoomMember[] {
    return [...(this.present.get(roomName)?.values() ?? [])].map((entry) => entry.member);
  }

  /** Writes the attendance record (count, names only in 'named' sessions); notes `arrived` as seen. */
  async updateAttendance(roomName: string, arrived: RoomMember | null): Promise<void> {
    if (this.stopped) return;
    try {
      const log = await this.secrets(roomName);
      await this.withRoom(roomName, (room) => {
        const meta = readSessionMeta(room.doc);
        if (arrived && !log.state.seen.has(arrived.id)) {
          void log
            .record({
              t: 'seen',
              memberId: arrived.id,
              name: arrived.name,
              facilitator: facilitates(meta, arrived),
            })
            .catch(() => undefined);
        }
        this.writeAttendance(room, meta, log.state);
      });
    } catch (error) {
      this.options.logger.error({ err: error, room: roomName }, 'could not update attendance');
    }
  }

  /** Rewrites the attendance record from who is connected now. */
  writeAttendance(room: Room, meta: SessionMeta | null, secrets: SessionSecrets): void {
    const people = this.presentIn(room.name);
    const attendance: SessionAttendance = { present: people.length, everPresent: secrets.seen.size };
    if (meta?.anonymity === 'named') attendance.names = people.map((person) => person.name).sort();
    this.writeAsRelay(room, (doc) => replaceSingle(doc, 'attendance', attendance));
  }

  writeAsRelay(room: Room, change: Parameters<typeof writeAsRelay>[2]): void {
    writeAsRelay(room, this.options.relayClientId, change);
  }

  /** Runs `use` on the room, loading it for the moment if nobody holds it open. */
  private async withRoom<T>(roomName: string, use: (room: Room) => T): Promise<T> {
    const room = await this.options.rooms.open(roomName);
    try {
      return use(room);
    } finally {
      await this.options.rooms.release(room);
    }
  }
}
