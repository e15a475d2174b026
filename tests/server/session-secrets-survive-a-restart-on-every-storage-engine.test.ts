// What the relay keeps to itself about a session (ballots, poll answers, authors in facilitator-only sessions,
// short codes) is stored through the room log under private names, so a restart keeps it on SQLite, on plain
// files and on PostgreSQL alike.
import { describe, expect, test } from 'vitest';
import { issueMember } from '../../server/admin';
import type { RelayOptions } from '../../server/relay';
import { readPolls, readVotes } from '../../shared/sessions';
import { databasePerFile } from './postgres-fixture';
import { ask, joinAsGuest, setUpSession } from './session-fixture';
import { connectClient, eventually, startRelay, TEST_SECRET, type TestRelay, tempDir } from './support/relay';
import { openChannelClient } from './support/request-channel';

const database = databasePerFile();

/** A relay on this engine; members are recorded where that relay reads them. */
async function relayOn(engine: 'sqlite' | 'files' | 'postgres', dataDir: string): Promise<TestRelay> {
  const options: Partial<RelayOptions> =
    engine === 'postgres' ? { databaseUrl: database.url } : { storageEngine: engine };
  const relay = await startRelay({ ...options, dataDir });
  const databaseUrl = engine === 'postgres' ? database.url : undefined;
  return {
    ...relay,
    member: (space, role, name = `${role} of ${space}`) =>
      issueMember({ dataDir, databaseUrl, secret: TEST_SECRET, space, role, name }),
  };
}

describe.each(['sqlite', 'files', 'postgres'] as const)('on %s', (engine) => {
  test('ballots, answers, authors and the code outlive the relay process', async () => {
    const dataDir = tempDir();
    const sessionId = `restart-${engine}`;
    const first = await relayOn(engine, dataDir);
    const { room, facilitatorToken, agenda, code, facilitator } = await setUpSession(first, {
      anonymity: 'facilitator-only',
      dotsPerPerson: 2,
      sessionId,
    });
    const itemId = agenda[0]?.id ?? '';
    const guest = await joinAsGuest(first, code, 'Participant Pita');
    const pita = await openChannelClient(first.wsUrl, room, guest.token);
    const { noteId } = await ask<{ noteId: string }>(pita, 'note:add', { itemId, text: 'Keep the hotline' });
    const { voteId } = await ask<{ voteId: string }>(facilitator, 'vote:open', { itemId });
    await ask(pita, 'vote:cast', { voteId, noteIds: [noteId, noteId] });
    const { pollId } = await ask<{ pollId: string }>(facilitator, 'poll:add', {
      question: 'Again in March?',
      options: ['Yes', 'No'],
      multiple: false,
    });
    await ask(pita, 'poll:answer', { pollId, choices: [1] });
    pita.close();
    facilitator.close();
    await first.relay.close();

    const second = await relayOn(engine, dataDir);
    try {
      expect((await joinAsGuest(second, code, 'Late Lani')).session).toBe(sessionId);
      const again = await openChannelClient(second.wsUrl, room, facilitatorToken);
      expect(await ask(again, 'session:authors')).toEqual({
        authors: [{ noteId, name: 'Participant Pita' }],
      });
      await ask(again, 'vote:reveal', { voteId });
      await ask(again, 'poll:reveal', { pollId });
      const watcher = connectClient(second.wsUrl, room, facilitatorToken);
      await eventually(() => readPolls(watcher.doc)[0]?.status === 'revealed');
      expect(readVotes(watcher.doc)[0]?.results).toEqual([{ noteId, dots: 2 }]);
      expect(readPolls(watcher.doc)[0]?.results).toEqual([0, 1]);
      watcher.destroy();
      again.close();
    } finally {
      await second.close();
    }
  });
});
