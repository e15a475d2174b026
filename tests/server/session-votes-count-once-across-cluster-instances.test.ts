// Two relay instances on one PostgreSQL and one Redis serve the same session: a code minted through one lets
// people in through the other, ballots cast through either count once per person at the reveal, and closing
// through one retires the code for both.
import { expect, test } from 'vitest';
import { sessionRoom } from '../../shared/rooms';
import type { SessionJoinAnswer } from '../../shared/session-join';
import { readVotes } from '../../shared/sessions';
import { sharedClusterPerFile } from './cluster-fixture';
import { ask } from './session-fixture';
import { callApi } from './support/api';
import { eventually } from './support/relay';
import { openChannelClient } from './support/request-channel';

const cluster = sharedClusterPerFile();

test('ballots through two instances count once each, and codes work across them', {
  timeout: 60_000,
}, async () => {
  const first = await cluster.startRelay();
  const second = await cluster.startRelay();
  const ws = (url: string) => url.replace(/^http/, 'ws');
  const room = sessionRoom('ngo-network', 'cluster-session');
  const { token } = await cluster.member('editor', 'Facilitator Fatima');
  const facilitator = await openChannelClient(ws(first.url), room, token);
  const { agenda } = await ask<{ agenda: { id: string }[] }>(facilitator, 'session:setup', {
    title: 'Regional exchange',
    date: '2026-12-02',
    agenda: [{ title: 'Priorities', minutes: 10 }],
    anonymity: 'anonymous',
    dotsPerPerson: 1,
  });
  const itemId = agenda[0]?.id ?? '';
  const { code } = await ask<{ code: string }>(facilitator, 'session:code');
  const { noteId } = await ask<{ noteId: string }>(facilitator, 'note:add', { itemId, text: 'Shared data' });
  const { voteId } = await ask<{ voteId: string }>(facilitator, 'vote:open', { itemId });

  const guests = await Promise.all(
    ['Ana', 'Ben', 'Caro', 'Dai'].map(async (name, index) => {
      const relay = index % 2 === 0 ? first : second;
      const joined = await callApi<SessionJoinAnswer>(relay.url, 'POST', '/api/sessions/join', {
        body: { code, displayName: name },
      });
      expect(joined.status).toBe(200);
      return openChannelClient(ws(relay.url), room, joined.body.token);
    }),
  );
  // Everyone votes twice, on alternate instances' connections at once.
  await Promise.all(guests.map((guest) => ask(guest, 'vote:cast', { voteId, noteIds: [noteId] })));
  await Promise.all(guests.map((guest) => ask(guest, 'vote:cast', { voteId, noteIds: [noteId] })));

  const onSecond = await openChannelClient(ws(second.url), room, token);
  await ask(onSecond, 'vote:reveal', { voteId });
  const reader = cluster.connect(ws(first.url), room, token);
  await eventually(() => readVotes(reader.doc)[0]?.status === 'revealed', 20_000);
  expect(readVotes(reader.doc)[0]).toMatchObject({ voters: 4, results: [{ noteId, dots: 4 }] });

  await ask(onSecond, 'session:close');
  const late = await callApi(first.url, 'POST', '/api/sessions/join', {
    body: { code, displayName: 'Late' },
  });
  expect(late.status).toBe(404);
  for (const client of [...guests, facilitator, onSecond]) client.close();
});
