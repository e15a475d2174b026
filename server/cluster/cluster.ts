// Several relay instances serving the same rooms: every update one instance accepts and every presence
// change is published on the room's Redis channel at once (in the same turn of the event loop, before the
// update is written), and the other instances that have the room loaded apply it with REMOTE_ORIGIN (their
// clients see it) and write it to the shared database themselves (heard-updates.ts), so delivery never waits
// for a database round trip and an update another instance delivered is stored even if its sender dies.
//
// Catch-up rule (Redis pub/sub is at-most-once, so messages are missed while a connection is down):
//  - when either Redis connection comes back after being lost, the instance reloads every loaded room from
//    the database and applies it (what others stored while it could not hear them), writes what it holds
//    itself, then publishes a `stored` notice per room; every other instance with that room loaded reloads it
//    (what this instance stored while it could not speak), writes what it holds and answers `flushed`, on
//    which the first instance reloads once more (what the others accepted but had not written yet at its
//    first reload). It also re-publishes its rooms' presence.
//  - a room subscribes before it reads the database, then asks the instances that have it loaded for what
//    they hold beyond what it read (load-catch-up.ts): an update published just before the subscription and
//    not yet written comes in their answer, one published after it over the subscription.

import type { Logger } from 'pino';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Role } from '../../shared/roles';
import type { RoomLifecycle } from '../rooms/registry';
import { REMOTE_ORIGIN, type Room } from '../rooms/room';
import type { RoomLog } from '../storage/storage';
import { type ClusterRoom, reloadRoom } from './cluster-room';
import { HeardUpdates } from './heard-updates';
import { encodeAnswer, LoadCatchUp, readAnswer } from './load-catch-up';
import {
  type ClusterMessage,
  type ClusterMessageKind,
  decodeClusterMessage,
  encodeClusterMessage,
  encodeRoleChange,
  newInstanceId,
  REVOCATIONS_CHANNEL,
  readRoleChange,
  roomChannel,
  roomOfChannel,
} from './messages';
import { openRedisLink } from './redis-link';

export interface ClusterOptions {
  redisUrl: string;
  /** The room log of the shared database every instance stores in. */
  rooms: RoomLog;
  logger: Logger;
  /** Upper bound on how long an update heard from another instance waits before this one writes it too. */
  flushIntervalMs?: number;
}

export interface Cluster {
  readonly instanceId: string;
  /** Use instead of the plain room log: it publishes what it stores and subscribes rooms as they load. */
  readonly rooms: RoomLog;
  readonly lifecycle: RoomLifecycle;
  /** Tells the other instances that a member was revoked here, so they close that member's connections. */
  announceRevoked(memberId: string): void;
  /** Called with a member revoked on another instance, to close their connections here. */
  onRevoked(handler: (memberId: string) => void): void;
  /** Tells the other instances that a member's role changed here, so their open connections follow it. */
  announceRoleChanged(memberId: string, role: Role): void;
  /** Called with a role changed on another instance, to apply it to that member's connections here. */
  onRoleChanged(handler: (memberId: string, role: Role) => void): void;
  /** Writes what it heard and not yet stored, then leaves Redis; the storage is the caller's to close. */
  close(): Promise<void>;
}

const MAX_EARLY_MESSAGES = 1000;

export async function createCluster({
  redisUrl,
  rooms: storedRooms,
  logger,
  flushIntervalMs = 50,
}: ClusterOptions): Promise<Cluster> {
  const instanceId = newInstanceId();
  const rooms = new Map<string, ClusterRoom>();
  const revokedHandlers: ((memberId: string) => void)[] = [];
  const roleHandlers: ((memberId: string, role: Role) => void)[] = [];
  const log = logger.child({ instance: instanceId.slice(0, 8) });
  const heard = new HeardUpdates(storedRooms, flushIntervalMs, log);
  const catchUp = new LoadCatchUp(instanceId, (name, stateVector) =>
    publish(roomChannel(name), 'ask', stateVector),
  );

  const publish = (channel: string, kind: ClusterMessageKind, payload: Uint8Array) =>
    link.publish(channel, encodeClusterMessage({ kind, origin: instanceId, payload }));

  const reload = (name: string) => reloadRoom(rooms, name, storedRooms, log);

  /** True when applied; a malformed message is logged and ignored. */
  const applyQuietly = (apply: () => void): boolean => {
    try {
      apply();
      return true;
    } catch (error) {
      log.warn({ err: error }, 'ignored a malformed message from another instance');
      return false;
    }
  };

  /** Writes what this instance holds of a room and has not stored: its clients' updates and those it heard. */
  const flushRoom = async (name: string, room: Room) => {
    await Promise.all([room.flush(), heard.flush(name)]);
  };

  const deliver = (entry: ClusterRoom, name: string, message: ClusterMessage) => {
    const room = entry.room;
    if (message.kind === 'ask') {
      // Answered at once, also while the room is still loading here (then empty: nothing accepted here yet).
      return void publish(
        roomChannel(name),
        'answer',
        encodeAnswer(message.origin, room?.doc ?? null, message.payload),
      );
    }
    if (message.kind === 'answer') {
      if (catchUp.answered(name, message.payload) || !room) return;
      // Came after the wait: applied like an update heard late.
      const update = readAnswer(message.payload);
      if (update?.to === instanceId)
        deliver(entry, name, { ...message, kind: 'update', payload: update.update });
      return;
    }
    if (!room) {
      // A copy, as above: it is applied once the room has loaded.
      if (entry.early.length < MAX_EARLY_MESSAGES) {
        entry.early.push({ ...message, payload: message.payload.slice() });
      }
      return;
    }
    switch (message.kind) {
      case 'update':
        if (applyQuietly(() => Y.applyUpdate(room.doc, message.payload, REMOTE_ORIGIN))) {
          // A copy: ioredis may hand out a view into a buffer it reuses, and this one is written later.
          heard.add(name, message.payload.slice());
        }
        return;
      case 'awareness':
        return void applyQuietly(() =>
          awarenessProtocol.applyAwarenessUpdate(room.awareness, message.payload, REMOTE_ORIGIN),
        );
      case 'stored':
        // The sender caught up after losing Redis: read what it stored, and store and tell what it may lack.
        return void Promise.all([reload(name), flushRoom(name, room)]).then(() =>
          publish(roomChannel(name), 'flushed', new Uint8Array()),
        );
      case 'flushed':
        return void reload(name);
    }
  };

  /** Runs after a Redis connection came back; coalesced, as both connections usually come back together. */
  let catchUpQueued = false;
  const catchUpAfterOutage = () => {
    if (catchUpQueued) return;
    catchUpQueued = true;
    setTimeout(async () => {
      catchUpQueued = false;
      for (const [name, entry] of rooms) {
        await reload(name);
        const room = entry.room;
        if (!room || rooms.get(name) !== entry) continue;
        await flushRoom(name, room);
        await publish(roomChannel(name), 'stored', new Uint8Array());
        const present = [...room.awareness.getStates().keys()];
        if (present.length > 0) {
          await publish(
            roomChannel(name),
            'awareness',
            awarenessProtocol.encodeAwarenessUpdate(room.awareness, present),
          );
        }
      }
    }, 100).unref();
  };

  const link = await openRedisLink(redisUrl, log, {
    message(channel, data) {
      const message = decodeClusterMessage(data);
      if (!message || message.origin === instanceId) return;
      if (channel === REVOCATIONS_CHANNEL) {
        if (message.kind === 'role') {
          const change = readRoleChange(message.payload);
          if (change) for (const handler of roleHandlers) handler(change.memberId, change.role);
          return;
        }
        if (message.kind !== 'revoked') return;
        const memberId = new TextDecoder().decode(message.payload);
        for (const handler of revokedHandlers) handler(memberId);
        return;
      }
      const name = roomOfChannel(channel);
      const entry = name === null ? undefined : rooms.get(name);
      if (name !== null && entry) deliver(entry, name, message);
    },
    regained: catchUpAfterOutage,
  });
  void link.subscribe(REVOCATIONS_CHANNEL);

  const lifecycle: RoomLifecycle = {
    loaded(room) {
      const entry = rooms.get(room.name);
      if (!entry) return;
      entry.room = room;
      for (const message of entry.early.splice(0)) deliver(entry, room.name, message);
      if (entry.reloadOnceLoaded) setTimeout(() => void reload(room.name), flushIntervalMs * 4).unref();
      entry.shareAwareness = (change, origin) => {
        if (origin === REMOTE_ORIGIN) return;
        const clients = [...change.added, ...change.updated, ...change.removed];
        void publish(
          roomChannel(room.name),
          'awareness',
          awarenessProtocol.encodeAwarenessUpdate(room.awareness, clients),
        );
      };
      room.awareness.on('update', entry.shareAwareness);
      // Published before it is written: the write overlaps the delivery, and every instance that hears it
      // stores it too. Updates of one turn (one socket read) go as one message.
      entry.shareUpdate = (update, origin) => {
        if (origin === REMOTE_ORIGIN || rooms.get(room.name) !== entry) return;
        entry.outgoing.push(update);
        if (entry.outgoing.length > 1) return;
        queueMicrotask(() => {
          const updates = entry.outgoing.splice(0);
          const merged = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
          void publish(roomChannel(room.name), 'update', merged);
        });
      };
      room.doc.on('update', entry.shareUpdate);
    },
    unloaded(name) {
      const entry = rooms.get(name);
      if (!entry) return;
      rooms.delete(name);
      if (entry.room && entry.shareAwareness) entry.room.awareness.off('update', entry.shareAwareness);
      if (entry.room && entry.shareUpdate) entry.room.doc.off('update', entry.shareUpdate);
      void heard.flush(name);
      link.unsubscribe(roomChannel(name));
    },
  };

  // Only the room log is wrapped: members, invites and versions are read from the shared database as they are.
  const sharedRooms: RoomLog = {
    async loadRoom(name) {
      if (!rooms.has(name)) {
        rooms.set(name, { room: null, early: [], outgoing: [], reloading: null, reloadAgain: false });
        await link.subscribe(roomChannel(name));
      }
      const stored = await storedRooms.loadRoom(name);
      const { answers, complete } = await catchUp.ask(name, stored);
      // Kept by this instance too: its clients will have them, whoever else is yet to write them.
      for (const update of answers) heard.add(name, update);
      const entry = rooms.get(name);
      if (!complete && entry) entry.reloadOnceLoaded = true;
      return { ...stored, updates: [...stored.updates, ...answers] };
    },
    async appendUpdates(name, updates) {
      // The room acknowledges everything its document holds once this resolves, and the document holds what
      // was heard from other instances too: so that goes in the same statement, after any write of it in flight.
      const { updates: alsoHeard, earlier } = heard.take(name);
      try {
        const [seq] = await Promise.all([
          storedRooms.appendUpdates(name, [...alsoHeard, ...updates]),
          earlier,
        ]);
        return seq;
      } catch (error) {
        heard.putBack(name, alsoHeard);
        throw error;
      }
    },
    compact: (name, snapshot, throughSeq) => storedRooms.compact(name, snapshot, throughSeq),
  };

  return {
    instanceId,
    rooms: sharedRooms,
    lifecycle,
    announceRevoked(memberId) {
      void publish(REVOCATIONS_CHANNEL, 'revoked', new TextEncoder().encode(memberId));
    },
    onRevoked(handler) {
      revokedHandlers.push(handler);
    },
    announceRoleChanged(memberId, role) {
      void publish(REVOCATIONS_CHANNEL, 'role', encodeRoleChange(memberId, role));
    },
    onRoleChanged(handler) {
      roleHandlers.push(handler);
    },
    async close() {
      await heard.flushAll();
      link.close();
    },
  };
}
