// Load: 60 participants (Node clients of a real relay) add notes and vote at the same moment. Every note is in
// the room exactly once, every person counts once, and a person who votes twice still counts N dots.
import { expect, test } from 'vitest';
import { readNotes, readVotes } from '../../shared/sessions';
import { ask, joinAsGuest, setUpSession } from './session-fixture';
import { eventually } from './support/relay';
import { relayPerTest } from './support/relay-per-test';
import { type ChannelClient, openChannelClient } from './support/request-channel';

// Sixty people join by code within seconds, as a room does when the code goes on the screen.
const setup = relayPerTest({ apiRateLimit: { burst: 100, perSecond: 50 } });
const PARTICIPANTS = 60;
const NOTES_EACH = 2;
const DOTS = 3;

test('60 participants adding notes and voting at once: each note and each vote counted exactly once', async () => {
  const { room, facilitator, agenda, code, facilitatorToken } = await setUpSession(setup.relay, {
    anonymity: 'anonymous',
    dotsPerPerson: DOTS,
  });
  const itemId = agenda[0]?.id ?? '';
  const participants: ChannelClient[] = await Promise.all(
    Array.from({ length: PARTICIPANTS }, async (_, index) => {
      const joined = await joinAsGuest(setup.relay, code, `Participant ${index}`);
      return openChannelClient(setup.relay.wsUrl, room, joined.token);
    }),
  );
  const watcher = setup.connect(room, facilitatorToken);
  await watcher.synced;

  await Promise.all(
    participants.flatMap((client, index) =>
      Array.from({ length: NOTES_EACH }, (_, note) =>
        ask(client, 'note:add', { itemId, text: `note ${index}.${note}` }),
      ),
    ),
  );
  const expectedTexts = participants.flatMap((_, index) =>
    Array.from({ length: NOTES_EACH }, (__, note) => `note ${index}.${note}`),
  );
  await eventually(() => readNotes(watcher.doc).length >= expectedTexts.length);
  const notes = readNotes(watcher.doc);
  expect(notes.map((note) => note.text).sort()).toEqual([...expectedTexts].sort());
  expect(new Set(notes.map((note) => note.id)).size).toBe(notes.length);

  const { voteId } = await ask<{ voteId: string }>(facilitator, 'vote:open', { itemId });
  const noteIds = notes.map((note) => note.id);
  const pick = (seed: number) =>
    Array.from({ length: DOTS }, (_, dot) => noteIds[(seed * 7 + dot * 13) % noteIds.length] ?? '');
  // Everyone votes at once, then everyone changes their mind at once: only the second cast counts.
  await Promise.all(
    participants.map((client, index) => ask(client, 'vote:cast', { voteId, noteIds: pick(index + 1000) })),
  );
  await Promise.all(
    participants.map((client, index) => ask(client, 'vote:cast', { voteId, noteIds: pick(index) })),
  );
  await eventually(() => readVotes(watcher.doc)[0]?.voters === PARTICIPANTS);

  await ask(facilitator, 'vote:reveal', { voteId });
  await eventually(() => readVotes(watcher.doc)[0]?.status === 'revealed');
  const results = readVotes(watcher.doc)[0]?.results ?? [];
  const expected = new Map<string, number>(noteIds.map((id) => [id, 0]));
  for (let index = 0; index < PARTICIPANTS; index += 1) {
    for (const id of pick(index)) expected.set(id, (expected.get(id) ?? 0) + 1);
  }
  expect(results.reduce((sum, result) => sum + result.dots, 0)).toBe(PARTICIPANTS * DOTS);
  expect(new Map(results.map((result) => [result.noteId, result.dots]))).toEqual(expected);
  expect(readVotes(watcher.doc)[0]?.voters).toBe(PARTICIPANTS);
  for (const client of participants) client.close();
}, 60_000);
