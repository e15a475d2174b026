// A session room for the screens: its relay-written state as a SessionView that follows every change, what
// the relay knows of this person there (facilitator or not, their hand, dots and answers), and the actions,
// each one request on the room's channel. After this person's own action, `me` is asked again.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { observeSession, readSession } from '../../../shared/sessions';
import type { OpenRoom } from '../../rooms/openRoom';
import { useRoomState } from '../../rooms/RoomsProvider';
import type { SessionActions, SessionMe } from './sessionActions';
import { EMPTY_SESSION, type SessionView, toSessionView } from './sessionView';

const NO_SUBSCRIPTION = () => () => {};

function useSessionView(room: OpenRoom | null): SessionView {
  const cache = useRef<{ room: OpenRoom; view: SessionView } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!room) return () => {};
      return observeSession(room.doc, () => {
        cache.current = null;
        onChange();
      });
    },
    [room],
  );
  const snapshot = useCallback((): SessionView => {
    if (!room) return EMPTY_SESSION;
    if (cache.current?.room !== room) cache.current = { room, view: toSessionView(readSession(room.doc)) };
    return cache.current.view;
  }, [room]);
  return useSyncExternalStore(room ? subscribe : NO_SUBSCRIPTION, snapshot, snapshot);
}

export function sessionActions(room: OpenRoom, after: () => void): SessionActions {
  const ask = room.channel.request.bind(room.channel);
  const mine = async <T>(task: Promise<T>): Promise<T> => {
    const result = await task;
    after();
    return result;
  };
  return {
    setup: async (setup) => void (await ask('session:setup', setup)),
    mintCode: async () => (await ask('session:code', {})).code,
    timer: async (action) => void (await ask('session:timer', action)),
    bringEveryoneHere: async (itemId) => void (await ask('session:focus', { itemId })),
    lock: async (locked) => void (await ask('session:lock', { locked })),
    addNote: async (itemId, text) => void (await ask('note:add', { itemId, text })),
    addCluster: async (itemId, name) => void (await ask('cluster:add', { itemId, name })),
    clusterNote: async (noteId, clusterId) => void (await ask('note:cluster', { noteId, clusterId })),
    openVote: async (itemId) => void (await ask('vote:open', { itemId })),
    castVote: async (voteId, noteIds) => void (await mine(ask('vote:cast', { voteId, noteIds }))),
    revealVote: async (voteId) => void (await ask('vote:reveal', { voteId })),
    addPoll: async (poll) => void (await ask('poll:add', poll)),
    answerPoll: async (pollId, choices) => void (await mine(ask('poll:answer', { pollId, choices }))),
    revealPoll: async (pollId) => void (await ask('poll:reveal', { pollId })),
    raiseHand: async () => void (await mine(ask('hand:raise', {}))),
    lowerHand: async (handId) => void (await mine(ask('hand:lower', handId ? { handId } : {}))),
    authors: async () =>
      Object.fromEntries(
        (await ask('session:authors', {})).authors.map(({ noteId, name }) => [noteId, name]),
      ),
    people: () => ask('session:people', {}),
    close: () => ask('session:close', {}),
  };
}

export interface OpenSession {
  view: SessionView;
  me: SessionMe | null;
  actions: SessionActions | null;
  /** Asks the relay again who this person is here (after a setup that made them the facilitator). */
  refreshMe(): void;
}

export function useSession(room: OpenRoom | null): OpenSession {
  const view = useSessionView(room);
  const state = useRoomState(room);
  const connected = state?.status === 'connected';
  const [me, setMe] = useState<SessionMe | null>(null);
  const [asked, setAsked] = useState(0);
  const refreshMe = useCallback(() => setAsked((n) => n + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `asked` and `view.ready` are reasons to ask again.
  useEffect(() => {
    if (!room || !connected) return;
    let cancelled = false;
    Promise.all([room.channel.request('whoami', {}), room.channel.request('session:me', {})])
      .then(([who, here]) => {
        if (!cancelled) setMe({ ...here, memberId: who.memberId, name: who.name });
      })
      .catch(() => {
        // Not yet set up, or offline: asked again on the next change.
      });
    return () => {
      cancelled = true;
    };
  }, [room, connected, asked, view.ready]);

  const actions = useMemo(() => (room ? sessionActions(room, refreshMe) : null), [room, refreshMe]);
  return { view, me, actions, refreshMe };
}
