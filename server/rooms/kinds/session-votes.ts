// Dot votes and quick polls in a session room. Ballots and answers go to the relay only and stay in its private
// log (so a restart keeps them); until the reveal the room holds just how many have voted. Each person counts
// once: a second cast or answer replaces the first. At the reveal the relay writes the totals.
import {
  readNotes,
  readPolls,
  readVotes,
  type SessionPoll,
  type SessionVote,
} from '../../../shared/sessions';
import { asFacilitator, asParticipant, stillOpen, unlocked } from '../../sessions/guards';
import { upsertRecord } from '../../sessions/room-writes';
import { newEntityId, type SessionService } from '../../sessions/service';
import { type RequestContext, type RequestHandlers, RequestRefused } from './policy';

function findVote(context: RequestContext, voteId: string): SessionVote {
  const vote = readVotes(context.room.doc).find((candidate) => candidate.id === voteId);
  if (!vote) throw new RequestRefused('bad-request', 'there is no such vote');
  return vote;
}

function findPoll(context: RequestContext, pollId: string): SessionPoll {
  const poll = readPolls(context.room.doc).find((candidate) => candidate.id === pollId);
  if (!poll) throw new RequestRefused('bad-request', 'there is no such poll');
  return poll;
}

export function voteHandlers(service: SessionService) {
  return {
    'vote:open': async (input, context) => {
      const meta = asFacilitator(context);
      stillOpen(meta);
      const existing = readVotes(context.room.doc).find((vote) => vote.itemId === input.itemId);
      if (existing) return { voteId: existing.id };
      if (!readNotes(context.room.doc).some((note) => note.itemId === input.itemId)) {
        throw new RequestRefused('bad-request', 'this agenda item has no notes to vote on');
      }
      const vote: SessionVote = {
        id: newEntityId(),
        itemId: input.itemId,
        status: 'open',
        voters: 0,
        dotsPerPerson: meta.dotsPerPerson,
      };
      context.writeAsRelay((doc) => upsertRecord(doc, 'votes', vote));
      await context.room.flush();
      return { voteId: vote.id };
    },

    'vote:cast': async (input, context) => {
      const meta = asParticipant(context);
      unlocked(meta);
      const secrets = await service.secrets(context.room.name);
      // Everything from here to the writes runs in one turn, so simultaneous casts cannot interleave.
      const vote = findVote(context, input.voteId);
      if (vote.status !== 'open') throw new RequestRefused('forbidden', 'this vote is revealed already');
      if (input.noteIds.length > vote.dotsPerPerson) {
        throw new RequestRefused('bad-request', `each person has ${vote.dotsPerPerson} dots`);
      }
      const notes = new Set(
        readNotes(context.room.doc)
          .filter((note) => note.itemId === vote.itemId)
          .map((note) => note.id),
      );
      if (!input.noteIds.every((noteId) => notes.has(noteId))) {
        throw new RequestRefused('bad-request', "a dot is not on a note of this vote's item");
      }
      const stored = secrets.record({
        t: 'ballot',
        voteId: vote.id,
        memberId: context.member.id,
        noteIds: input.noteIds,
      });
      const voters = secrets.state.ballots.get(vote.id)?.size ?? 0;
      if (voters !== vote.voters)
        context.writeAsRelay((doc) => upsertRecord(doc, 'votes', { ...vote, voters }));
      await Promise.all([stored, context.room.flush()]);
      return { voters };
    },

    'vote:reveal': async (input, context) => {
      asFacilitator(context);
      const secrets = await service.secrets(context.room.name);
      const vote = findVote(context, input.voteId);
      const dots = new Map<string, number>();
      for (const note of readNotes(context.room.doc)) if (note.itemId === vote.itemId) dots.set(note.id, 0);
      const ballots = secrets.state.ballots.get(vote.id) ?? new Map<string, string[]>();
      for (const noteIds of ballots.values()) {
        for (const noteId of noteIds) if (dots.has(noteId)) dots.set(noteId, (dots.get(noteId) ?? 0) + 1);
      }
      const results = [...dots]
        .map(([noteId, count]) => ({ noteId, dots: count }))
        .sort((a, b) => b.dots - a.dots);
      context.writeAsRelay((doc) =>
        upsertRecord(doc, 'votes', { ...vote, status: 'revealed', voters: ballots.size, results }),
      );
      await context.room.flush();
      return { ok: true as const };
    },

    'poll:add': async (input, context) => {
      stillOpen(asFacilitator(context));
      const poll: SessionPoll = { id: newEntityId(), ...input, status: 'open', voters: 0 };
      context.writeAsRelay((doc) => upsertRecord(doc, 'polls', poll));
      await context.room.flush();
      return { pollId: poll.id };
    },

    'poll:answer': async (input, context) => {
      const meta = asParticipant(context);
      unlocked(meta);
      const secrets = await service.secrets(context.room.name);
      const poll = findPoll(context, input.pollId);
      if (poll.status !== 'open') throw new RequestRefused('forbidden', 'this poll takes no more answers');
      const choices = [...new Set(input.choices)].sort((a, b) => a - b);
      if (choices.some((choice) => choice >= poll.options.length)) {
        throw new RequestRefused('bad-request', 'there is no such option');
      }
      if (!poll.multiple && choices.length !== 1) {
        throw new RequestRefused('bad-request', 'this poll takes one choice');
      }
      const stored = secrets.record({ t: 'answer', pollId: poll.id, memberId: context.member.id, choices });
      const voters = secrets.state.answers.get(poll.id)?.size ?? 0;
      if (voters !== poll.voters)
        context.writeAsRelay((doc) => upsertRecord(doc, 'polls', { ...poll, voters }));
      await Promise.all([stored, context.room.flush()]);
      return { voters };
    },

    'poll:close': async (input, context) => {
      asFacilitator(context);
      const poll = findPoll(context, input.pollId);
      if (poll.status === 'open')
        context.writeAsRelay((doc) => upsertRecord(doc, 'polls', { ...poll, status: 'closed' }));
      await context.room.flush();
      return { ok: true as const };
    },

    'poll:reveal': async (input, context) => {
      asFacilitator(context);
      const secrets = await service.secrets(context.room.name);
      const poll = findPoll(context, input.pollId);
      const answers = secrets.state.answers.get(poll.id) ?? new Map<string, number[]>();
      const results = poll.options.map(() => 0);
      for (const choices of answers.values()) {
        for (const choice of choices)
          if (choice < results.length) results[choice] = (results[choice] ?? 0) + 1;
      }
      context.writeAsRelay((doc) =>
        upsertRecord(doc, 'polls', { ...poll, status: 'revealed', voters: answers.size, results }),
      );
      await context.room.flush();
      return { ok: true as const };
    },
  } as const satisfies RequestHandlers;
}
