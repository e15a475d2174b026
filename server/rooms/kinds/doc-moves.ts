// Document rooms follow moves of blocks in the draft (shared/draft-move-forwarding.ts): the relay sees every
// update in one order, so it is the one that re-types into a moved block's copy what reached the deleted
// original after the move, for as long as the move's record is kept in the document (days: someone may type
// offline). Following starts before the stored state loads, so the moves it records are followed again after an
// unload or a restart and their originals keep their content. Typing relayed by another instance of a cluster
// is forwarded by the instance its author is connected to, and the relay's own writes are never forwarded again.
import { followDraftMoves } from '../../../shared/draft-move-forwarding';
import { REMOTE_ORIGIN, type Room } from '../room';
import { pickRelayClientId, RELAY_ORIGIN, writeAsRelay } from './relay-writes';

/** The relay's client id for forwarded typing, one per relay process. */
const FORWARDING_CLIENT_ID = pickRelayClientId();

/** Spread into the document policy: every document room follows its moves from before it loads until it unloads. */
export const moveForwardingHooks = {
  beforeLoad(room: Room, now: () => number = Date.now): void {
    const stop = followDraftMoves(room.doc, {
      write: (change) => writeAsRelay(room, FORWARDING_CLIENT_ID, change),
      forwards: (transaction) => transaction.origin !== REMOTE_ORIGIN && transaction.origin !== RELAY_ORIGIN,
      onError: (error) => console.error(`could not forward typing after a move in ${room.name}`, error),
      now,
    });
    room.doc.on('destroy', stop);
  },
};
