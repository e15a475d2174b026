// Joining a session by its short code gives a token for that session alone: it opens `<space>/session/<id>`
// and nothing else of the space (drafts, the index, discussions, other sessions: 403), nor the space's HTTP
// API (403). Codes survive a restart, a new code retires the old one, and closing retires it too.
import { expect, test } from 'vitest';
import { discussionRoom, documentRoom, indexRoom, sessionRoom } from '../../shared/rooms';
import { formatSessionCode, SESSION_CODE_ALPHABET } from '../../shared/session-join';
import { readSessionMeta } from '../../shared/sessions';
import { ask, joinAsGuest, SPACE, setUpSession } from './session-fixture';
import { callApi } from './support/api';
import { eventually, startRelay, upgradeStatus } from './support/relay';
import { relayPerTest } from './support/relay-per-test';

const setup = relayPerTest();
const wsUrl = (room: string, token: string) =>
  `${setup.relay.wsUrl}/${room}?token=${encodeURIComponent(token)}`;

test('a session token opens its own session and is refused (403) by every other room and the space API', async () => {
  const { room, sessionId, code } = await setUpSession(setup.relay);
  expect(code).toHaveLength(8);
  expect([...code].every((letter) => SESSION_CODE_ALPHABET.includes(letter))).toBe(true);

  // Typed as people type it: lower case, with the dash the screen shows.
  const guest = await joinAsGuest(setup.relay, formatSessionCode(code).toLowerCase(), 'Participant Pita');
  expect(guest).toMatchObject({
    space: SPACE,
    session: sessionId,
    room,
    title: 'Referral pathways',
    role: 'commenter',
  });

  expect(await upgradeStatus(wsUrl(room, guest.token))).toBe(101);
  for (const other of [
    documentRoom(SPACE, 'draft-law'),
    indexRoom(SPACE),
    discussionRoom(SPACE, 'draft-law'),
    sessionRoom(SPACE, 'another-session'),
  ]) {
    expect(await upgradeStatus(wsUrl(other, guest.token)), other).toBe(403);
  }
  for (const [method, path] of [
    ['GET', '/api/members'],
    ['GET', '/api/space'],
    ['GET', '/api/invites'],
  ] as const) {
    expect((await callApi(setup.relay.url, method, path, { token: guest.token })).status, path).toBe(403);
  }
  // Members keep opening sessions with their ordinary token.
  expect(await upgradeStatus(wsUrl(room, await setup.relay.token(SPACE, 'commenter')))).toBe(101);
});

test('a wrong code is refused; a new code retires the old one; closing retires the code', async () => {
  const { facilitator, code } = await setUpSession(setup.relay);
  const join = (typed: string) =>
    callApi(setup.relay.url, 'POST', '/api/sessions/join', { body: { code: typed, displayName: 'Pita' } });
  expect((await join('ABCDEFGH')).status).toBe(404);
  expect((await join('not a code')).status).toBe(400);
  const { code: renewed } = await ask<{ code: string }>(facilitator, 'session:code');
  expect(renewed).not.toBe(code);
  expect((await join(code)).status).toBe(404);
  expect((await join(renewed)).status).toBe(200);
  await ask(facilitator, 'session:close');
  expect((await join(renewed)).status).toBe(404);
});

test('a code and the token it gave still work after the relay restarts', async () => {
  const first = await startRelay();
  try {
    const { room, code } = await setUpSession(first);
    const guest = await joinAsGuest(first, code, 'Participant Pita');
    await first.relay.close();
    const second = await startRelay({ dataDir: first.dataDir });
    try {
      expect((await joinAsGuest(second, code, 'Late Lani')).session).toBe(guest.session);
      expect(await upgradeStatus(`${second.wsUrl}/${room}?token=${encodeURIComponent(guest.token)}`)).toBe(
        101,
      );
    } finally {
      await second.close();
    }
  } finally {
    await first.close();
  }
});

test('the short code is in the session meta for the facilitator to show', async () => {
  const { room, code, facilitatorToken } = await setUpSession(setup.relay);
  const client = setup.connect(room, facilitatorToken);
  await eventually(() => readSessionMeta(client.doc)?.shortCode === code);
});

test('guessing codes is rate-limited per address, like joining with an invite', async () => {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 35; attempt += 1) {
    const answer = await callApi(setup.relay.url, 'POST', '/api/sessions/join', {
      body: { code: 'ABCDEFGH', displayName: 'Guesser' },
    });
    statuses.push(answer.status);
  }
  expect(statuses.slice(0, 30).every((status) => status === 404)).toBe(true);
  expect(statuses.slice(30)).toContain(429);
});
