// The session timer belongs to the relay: start, pause, extend by 1 or 5 minutes, resume and skip move it on
// the relay's clock; every client reads the same {itemId, state, endsAt | remainingMs}; only the facilitator
// (or an owner) may move it.
import { expect, test } from 'vitest';
import { applyTimerAction, initialTimer } from '../../server/sessions/timer';
import { readTimer, type SessionTimer, timerRemainingMs } from '../../shared/sessions';
import { ask, expectRefused, joinAsGuest, SPACE, setUpSession } from './session-fixture';
import { eventually } from './support/relay';
import { relayPerTest } from './support/relay-per-test';
import { openChannelClient } from './support/request-channel';

const setup = relayPerTest();
const MINUTE = 60_000;

test('the timer moves through start, pause, extend, resume and skip on the relay clock and reaches every client', async () => {
  const { room, facilitator, agenda, code } = await setUpSession(setup.relay);
  const [first, second] = agenda;
  const guest = await joinAsGuest(setup.relay, code, 'Participant Pita');
  const watcher = setup.connect(room, guest.token);
  await watcher.synced;
  await eventually(() => readTimer(watcher.doc)?.state === 'stopped');
  expect(readTimer(watcher.doc)).toMatchObject({ itemId: first?.id, remainingMs: 10 * MINUTE });

  const before = Date.now();
  const started = (await ask<{ timer: SessionTimer }>(facilitator, 'session:timer', { action: 'start' }))
    .timer;
  expect(started).toMatchObject({ itemId: first?.id, state: 'running', remainingMs: null });
  expect(started.endsAt).toBeGreaterThanOrEqual(before + 10 * MINUTE);
  expect(started.endsAt).toBeLessThanOrEqual(Date.now() + 10 * MINUTE);

  const paused = (await ask<{ timer: SessionTimer }>(facilitator, 'session:timer', { action: 'pause' }))
    .timer;
  expect(paused.state).toBe('paused');
  expect(paused.remainingMs).toBeLessThanOrEqual(10 * MINUTE);
  expect(paused.remainingMs).toBeGreaterThan(10 * MINUTE - 2000);

  const extended = (
    await ask<{ timer: SessionTimer }>(facilitator, 'session:timer', { action: 'extend', minutes: 1 })
  ).timer;
  expect(extended).toMatchObject({ state: 'paused', remainingMs: (paused.remainingMs ?? 0) + MINUTE });

  const resumed = (await ask<{ timer: SessionTimer }>(facilitator, 'session:timer', { action: 'resume' }))
    .timer;
  expect(resumed.state).toBe('running');
  expect((resumed.endsAt ?? 0) - resumed.updatedAt).toBe(extended.remainingMs);

  const plusFive = (
    await ask<{ timer: SessionTimer }>(facilitator, 'session:timer', { action: 'extend', minutes: 5 })
  ).timer;
  expect(plusFive.endsAt).toBe((resumed.endsAt ?? 0) + 5 * MINUTE);

  await eventually(() => readTimer(watcher.doc)?.endsAt === plusFive.endsAt);
  expect(readTimer(watcher.doc)).toEqual(plusFive);

  const skipped = (await ask<{ timer: SessionTimer }>(facilitator, 'session:timer', { action: 'skip' }))
    .timer;
  expect(skipped).toMatchObject({ itemId: second?.id, state: 'running' });
  expect((skipped.endsAt ?? 0) - skipped.updatedAt).toBe(5 * MINUTE);
  const pastTheEnd = (await ask<{ timer: SessionTimer }>(facilitator, 'session:timer', { action: 'skip' }))
    .timer;
  expect(pastTheEnd).toMatchObject({ itemId: null, state: 'stopped', remainingMs: 0 });
  await eventually(() => readTimer(watcher.doc)?.itemId === null);
  expect(readTimer(watcher.doc)).toEqual(pastTheEnd);
});

test('participants, guests and other editors cannot move the timer; an owner can', async () => {
  const { room, code } = await setUpSession(setup.relay);
  const guest = await joinAsGuest(setup.relay, code, 'Participant Pita');
  const asGuest = await openChannelClient(setup.relay.wsUrl, room, guest.token);
  const asCommenter = await openChannelClient(
    setup.relay.wsUrl,
    room,
    await setup.relay.token(SPACE, 'commenter'),
  );
  const asEditor = await openChannelClient(setup.relay.wsUrl, room, await setup.relay.token(SPACE, 'editor'));
  for (const client of [asGuest, asCommenter, asEditor]) {
    await expectRefused(client, 'session:timer', { action: 'start' }, 'forbidden');
  }
  const asOwner = await openChannelClient(setup.relay.wsUrl, room, await setup.relay.token(SPACE, 'owner'));
  expect(
    (await ask<{ timer: SessionTimer }>(asOwner, 'session:timer', { action: 'start' })).timer.state,
  ).toBe('running');
  await expectRefused(asOwner, 'session:timer', { action: 'resume' }, 'bad-request');
});

test('the state machine: a timer that ran out is extended from now, and time left never goes below zero', () => {
  const agenda = [
    { id: 'a', title: 'A', minutes: 2 },
    { id: 'b', title: 'B', minutes: 3 },
  ];
  const stopped = initialTimer(agenda, 0);
  expect(timerRemainingMs(stopped, 0)).toBe(2 * MINUTE);
  const running = applyTimerAction(stopped, { action: 'start' }, agenda, 1000);
  if ('refused' in running) throw new Error(running.refused);
  expect(timerRemainingMs(running, 1000 + 30_000)).toBe(2 * MINUTE - 30_000);
  expect(timerRemainingMs(running, 1000 + 10 * MINUTE)).toBe(0);
  const late = applyTimerAction(running, { action: 'extend', minutes: 1 }, agenda, 1000 + 10 * MINUTE);
  if ('refused' in late) throw new Error(late.refused);
  expect(late.endsAt).toBe(1000 + 11 * MINUTE);
  const elsewhere = applyTimerAction(late, { action: 'start', itemId: 'b' }, agenda, 5000);
  expect(elsewhere).toMatchObject({ itemId: 'b', state: 'running', endsAt: 5000 + 3 * MINUTE });
  expect(applyTimerAction(stopped, { action: 'start', itemId: 'nope' }, agenda, 0)).toEqual({
    refused: 'there is no such agenda item',
  });
});
