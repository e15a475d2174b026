// Dot votes and polls go to the relay alone: before the reveal the room holds only how many have voted, each
// person counts once however often they change their mind (N dots at most), the ballots survive a relay
// restart, and the reveal writes totals that match what people cast.
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { readNotes, readPolls, readVotes } from '../../shared/sessions';
import { ask, expectRefused, joinAsGuest, setUpSession } from './session-fixture';
import { connectClient, eventually, startRelay } from './support/relay';
import { relayPerTest } from './support/relay-per-test';
import { openChannelClient } from './support/request-channel';

const setup = relayPerTest();
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

test('dots stay hidden until the reveal, a second cast replaces the first, and the totals survive a restart', async () => {
  const first = await startRelay();
  let second: Awaited<ReturnType<typeof startRelay>> | null = null;
  try {
    const { room, facilitator, agenda, code, facilitatorToken } = await setUpSession(first, {
      dotsPerPerson: 2,
    });
    const itemId = agenda[0]?.id ?? '';
    const guests = await Promise.all(
      ['Ana', 'Ben', 'Caro'].map(async (name) => {
        const joined = await joinAsGuest(first, code, name);
        return openChannelClient(first.wsUrl, room, joined.token);
      }),
    );
    const [ana, ben, caro] = guests;
    if (!ana || !ben || !caro) throw new Error('three guests');
    const noteA = (await ask<{ noteId: string }>(ana, 'note:add', { itemId, text: 'More interpreters' }))
      .noteId;
    const noteB = (await ask<{ noteId: string }>(ben, 'note:add', { itemId, text: 'One referral form' }))
      .noteId;
    const { voteId } = await ask<{ voteId: string }>(facilitator, 'vote:open', { itemId });
    expect((await ask<{ voteId: string }>(facilitator, 'vote:open', { itemId })).voteId).toBe(voteId);

    await expectRefused(ana, 'vote:cast', { voteId, noteIds: [noteA, noteA, noteB] }, 'bad-request');
    await expectRefused(ana, 'vote:cast', { voteId, noteIds: ['no-such-note'] }, 'bad-request');
    expect(await ask(ana, 'vote:cast', { voteId, noteIds: [noteA, noteA] })).toEqual({ voters: 1 });
    // Ana changes her mind: still one voter, still two dots.
    expect(await ask(ana, 'vote:cast', { voteId, noteIds: [noteB, noteA] })).toEqual({ voters: 1 });
    expect(await ask(ben, 'vote:cast', { voteId, noteIds: [noteB] })).toEqual({ voters: 2 });
    expect(await ask(caro, 'vote:cast', { voteId, noteIds: [noteB, noteB] })).toEqual({ voters: 3 });
    await expectRefused(ana, 'vote:reveal', { voteId }, 'forbidden');

    const watcher = connectClient(first.wsUrl, room, facilitatorToken);
    await eventually(() => readVotes(watcher.doc)[0]?.voters === 3);
    expect(readVotes(watcher.doc)).toEqual([
      { id: voteId, itemId, status: 'open', voters: 3, dotsPerPerson: 2 },
    ]);
    watcher.destroy();
    for (const guest of guests) guest.close();
    facilitator.close();

    await first.relay.close();
    second = await startRelay({ dataDir: first.dataDir });
    const again = await openChannelClient(second.wsUrl, room, facilitatorToken);
    const before = connectClient(second.wsUrl, room, facilitatorToken);
    await before.synced;
    // Nothing about the ballots is in the room, before or after the restart.
    expect(latin1(Y.encodeStateAsUpdate(before.doc)).includes('"results"')).toBe(false);
    await ask(again, 'vote:reveal', { voteId });
    await eventually(() => readVotes(before.doc)[0]?.status === 'revealed');
    expect(readVotes(before.doc)[0]).toMatchObject({
      voters: 3,
      results: [
        { noteId: noteB, dots: 4 },
        { noteId: noteA, dots: 1 },
      ],
    });
    expect(readNotes(before.doc)).toHaveLength(2);
    before.destroy();
    again.close();
  } finally {
    await second?.close();
    await first.close();
  }
});

test('polls: one choice or several, one answer per person, hidden until the reveal', async () => {
  const { room, facilitator, code, facilitatorToken } = await setUpSession(setup.relay);
  const guests = await Promise.all(
    ['Ana', 'Ben', 'Caro'].map(async (name) =>
      openChannelClient(setup.relay.wsUrl, room, (await joinAsGuest(setup.relay, code, name)).token),
    ),
  );
  const [ana, ben, caro] = guests;
  if (!ana || !ben || !caro) throw new Error('three guests');
  const single = (
    await ask<{ pollId: string }>(facilitator, 'poll:add', {
      question: 'Meet monthly?',
      options: ['Yes', 'No', 'Unsure'],
      multiple: false,
    })
  ).pollId;
  const several = (
    await ask<{ pollId: string }>(facilitator, 'poll:add', {
      question: 'Which languages?',
      options: ['French', 'English', 'Arabic'],
      multiple: true,
    })
  ).pollId;
  await expectRefused(ana, 'poll:answer', { pollId: single, choices: [0, 1] }, 'bad-request');
  await expectRefused(ana, 'poll:answer', { pollId: single, choices: [3] }, 'bad-request');
  await ask(ana, 'poll:answer', { pollId: single, choices: [1] });
  await ask(ana, 'poll:answer', { pollId: single, choices: [0] });
  await ask(ben, 'poll:answer', { pollId: single, choices: [0] });
  await ask(caro, 'poll:answer', { pollId: single, choices: [2] });
  await ask(ana, 'poll:answer', { pollId: several, choices: [0, 2] });
  await ask(ben, 'poll:answer', { pollId: several, choices: [2, 2] });

  const watcher = setup.connect(room, facilitatorToken);
  await eventually(() => readPolls(watcher.doc).find((poll) => poll.id === several)?.voters === 2);
  expect(readPolls(watcher.doc).map((poll) => [poll.voters, poll.results])).toEqual([
    [3, undefined],
    [2, undefined],
  ]);
  await ask(facilitator, 'poll:close', { pollId: several });
  await expectRefused(caro, 'poll:answer', { pollId: several, choices: [1] }, 'forbidden');
  await ask(facilitator, 'poll:reveal', { pollId: single });
  await ask(facilitator, 'poll:reveal', { pollId: several });
  await eventually(() => readPolls(watcher.doc).every((poll) => poll.status === 'revealed'));
  expect(readPolls(watcher.doc).map((poll) => poll.results)).toEqual([
    [2, 0, 1],
    [1, 0, 2],
  ]);
  // A guest sees what they chose, from the relay, not the room.
  expect(await ask(ana, 'session:me')).toMatchObject({
    guest: true,
    facilitator: false,
    polls: { [single]: [0] },
  });
  for (const guest of guests) guest.close();
});
