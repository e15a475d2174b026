// The facilitator's console in a session room: setting the session up, its code, the timer, "bring everyone
// here", the lock and closing; plus what the relay tells a facilitator (people, authors) or anyone about
// themselves. Every change is written by the relay and answered once the room has stored it.
import { atLeast } from '../../../shared/roles';
import { parseRoomName } from '../../../shared/rooms';
import {
  type AgendaItem,
  readAgenda,
  readHands,
  readNotes,
  readTimer,
  type SessionMeta,
} from '../../../shared/sessions';
import { asFacilitator, inScope, setUp, stillOpen } from '../../sessions/guards';
import { replaceAll, replaceSingle } from '../../sessions/room-writes';
import { facilitates, newEntityId, type SessionService } from '../../sessions/service';
import { applyTimerAction, initialTimer } from '../../sessions/timer';
import { type RequestContext, type RequestHandlers, RequestRefused } from './policy';

const writeMeta = (context: RequestContext, meta: SessionMeta) =>
  context.writeAsRelay((doc) => replaceSingle(doc, 'meta', meta));

const target = (context: RequestContext) => {
  const room = parseRoomName(context.room.name);
  if (room?.kind !== 'session' || room.id === undefined)
    throw new RequestRefused('not-here', 'not a session room');
  return { space: room.space, session: room.id };
};

export function consoleHandlers(service: SessionService) {
  return {
    'session:setup': async (input, context) => {
      inScope(context);
      const before = setUpOrNull(context);
      const { member } = context;
      if (before === null) {
        if (member.session !== undefined || !atLeast(member.role, 'editor')) {
          throw new RequestRefused('forbidden', 'only editors and owners set sessions up');
        }
      } else {
        if (!facilitates(before, member))
          throw new RequestRefused('forbidden', 'only the facilitator can do this');
        stillOpen(before);
        if (before.anonymity !== input.anonymity && readNotes(context.room.doc).length > 0) {
          throw new RequestRefused('bad-request', 'anonymity cannot change once the board has notes');
        }
      }
      const agenda: AgendaItem[] = input.agenda.map((item) => ({ ...item, id: item.id ?? newEntityId() }));
      if (new Set(agenda.map((item) => item.id)).size !== agenda.length) {
        throw new RequestRefused('bad-request', 'two agenda items share an id');
      }
      const meta: SessionMeta = {
        facilitator: { memberId: member.id, name: member.name },
        status: 'ready',
        locked: false,
        focus: null,
        shortCode: null,
        closedAt: null,
        ...before,
        title: input.title,
        date: input.date,
        anonymity: input.anonymity,
        dotsPerPerson: input.dotsPerPerson,
      };
      const now = context.now();
      const timer = readTimer(context.room.doc);
      const timerStays = timer !== null && agenda.some((item) => item.id === timer.itemId);
      context.writeAsRelay((doc) => {
        replaceSingle(doc, 'meta', meta);
        replaceAll(doc, 'agenda', agenda);
        if (!timerStays) replaceSingle(doc, 'timer', initialTimer(agenda, now));
      });
      await context.room.flush();
      return { meta, agenda };
    },

    'session:code': async (_input, context) => {
      const meta = asFacilitator(context);
      stillOpen(meta);
      const code = await service.codes.mint(target(context));
      // The meta may have changed while the code was stored.
      writeMeta(context, { ...setUp(context), shortCode: code });
      await context.room.flush();
      return { code };
    },

    'session:timer': async (input, context) => {
      const meta = asFacilitator(context);
      stillOpen(meta);
      const agenda = readAgenda(context.room.doc);
      const now = context.now();
      const timer = readTimer(context.room.doc) ?? initialTimer(agenda, now);
      const next = applyTimerAction(timer, input, agenda, now);
      if ('refused' in next) throw new RequestRefused('bad-request', next.refused);
      context.writeAsRelay((doc) => {
        replaceSingle(doc, 'timer', next);
        if (meta.status === 'ready' && next.state === 'running')
          replaceSingle(doc, 'meta', { ...meta, status: 'running' });
      });
      await context.room.flush();
      return { timer: next };
    },

    'session:focus': async (input, context) => {
      const meta = asFacilitator(context);
      stillOpen(meta);
      if (!readAgenda(context.room.doc).some((item) => item.id === input.itemId)) {
        throw new RequestRefused('bad-request', 'there is no such agenda item');
      }
      writeMeta(context, { ...meta, focus: { itemId: input.itemId, seq: (meta.focus?.seq ?? 0) + 1 } });
      await context.room.flush();
      return { ok: true as const };
    },

    'session:lock': async (input, context) => {
      const meta = asFacilitator(context);
      stillOpen(meta);
      writeMeta(context, { ...meta, locked: input.locked });
      await context.room.flush();
      return { ok: true as const };
    },

    'session:close': async (_input, context) => {
      const meta = asFacilitator(context);
      const secrets = (await service.secrets(context.room.name)).state;
      const participants = [...secrets.seen.values()].filter(
        (person) => !person.facilitator && person.memberId !== meta.facilitator.memberId,
      ).length;
      const current = setUp(context);
      if (current.status === 'closed') return { closedAt: current.closedAt ?? context.now(), participants };
      const closedAt = context.now();
      const timer = readTimer(context.room.doc);
      context.writeAsRelay((doc) => {
        replaceSingle(doc, 'meta', { ...current, status: 'closed', locked: true, closedAt, shortCode: null });
        if (timer && timer.state === 'running') {
          replaceSingle(doc, 'timer', {
            ...timer,
            state: 'stopped',
            endsAt: null,
            remainingMs: 0,
            updatedAt: closedAt,
          });
        }
      });
      await Promise.all([context.room.flush(), service.codes.retire(target(context))]);
      return { closedAt, participants };
    },

    'session:authors': async (_input, context) => {
      const meta = asFacilitator(context);
      if (meta.anonymity !== 'facilitator-only') {
        throw new RequestRefused('forbidden', 'authors are shown to the facilitator only in that mode');
      }
      const { authors } = (await service.secrets(context.room.name)).state;
      const noteIds = readNotes(context.room.doc).map((note) => note.id);
      return {
        authors: noteIds.flatMap((noteId) => {
          const author = authors.get(noteId);
          return author ? [{ noteId, name: author.name }] : [];
        }),
      };
    },

    'session:people': async (_input, context) => {
      const meta = asFacilitator(context);
      const { hands } = (await service.secrets(context.room.name)).state;
      const handsUp = [...hands].map(([handId, person]) => ({ handId, name: person.name }));
      const order = new Map(readHands(context.room.doc).map((hand) => [hand.id, hand.raisedAt]));
      return {
        present: service
          .presentIn(context.room.name)
          .map((member) => ({ name: member.name, facilitator: facilitates(meta, member) })),
        hands: handsUp
          .filter((hand) => order.has(hand.handId))
          .map((hand) => ({ ...hand, raisedAt: order.get(hand.handId) ?? 0 }))
          .sort((a, b) => a.raisedAt - b.raisedAt),
      };
    },

    'session:me': async (_input, context) => {
      inScope(context);
      const meta = setUpOrNull(context);
      const { member } = context;
      const secrets = (await service.secrets(context.room.name)).state;
      const handId = [...secrets.hands].find(([, person]) => person.memberId === member.id)?.[0] ?? null;
      const votes: Record<string, string[]> = {};
      for (const [voteId, ballots] of secrets.ballots) {
        const mine = ballots.get(member.id);
        if (mine) votes[voteId] = mine;
      }
      const polls: Record<string, number[]> = {};
      for (const [pollId, answers] of secrets.answers) {
        const mine = answers.get(member.id);
        if (mine) polls[pollId] = mine;
      }
      return {
        facilitator: facilitates(meta, member),
        handId,
        votes,
        polls,
        role: member.role,
        guest: member.session !== undefined,
      };
    },
  } as const satisfies RequestHandlers;
}

function setUpOrNull(context: RequestContext): SessionMeta | null {
  try {
    return setUp(context);
  } catch {
    return null;
  }
}
