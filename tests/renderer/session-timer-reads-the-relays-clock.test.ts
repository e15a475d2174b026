// The session timer every screen shows is the relay's, read through this computer's clock offset: a screen
// whose clock is wrong still shows the same time left, a paused timer shows exactly what the relay kept, and a
// running one reaches zero (time is up) at the same moment everywhere.
import { describe, expect, it } from 'vitest';
import { formatRemaining, readTimer } from '../../renderer/sessions/model/timer';

const relayNow = 1_000_000;
const running = { state: 'running' as const, endsAt: relayNow + 90_000, remainingMs: null };

describe('the session timer', () => {
  it('shows the same time left on screens whose clocks disagree, once corrected by their offsets', () => {
    const rightClock = readTimer(running, relayNow, 0);
    const fastClock = readTimer(running, relayNow + 37_000, -37_000);
    const slowClock = readTimer(running, relayNow - 5_000, 5_000);
    expect(rightClock.remainingMs).toBe(90_000);
    expect(fastClock.remainingMs).toBe(90_000);
    expect(slowClock.remainingMs).toBe(90_000);
    expect(fastClock.endsAtLocal).toBe(relayNow + 90_000 + 37_000);
  });

  it('shows a paused timer as the relay kept it, whatever the clock', () => {
    const paused = { state: 'paused' as const, endsAt: null, remainingMs: 61_500 };
    expect(readTimer(paused, 0, 123_456)).toEqual({
      state: 'paused',
      remainingMs: 61_500,
      endsAtLocal: null,
      ended: false,
    });
  });

  it('says time is up at zero, and never counts below it', () => {
    expect(readTimer(running, relayNow + 89_999, 0).ended).toBe(false);
    expect(readTimer(running, relayNow + 90_000, 0)).toMatchObject({ remainingMs: 0, ended: true });
    expect(readTimer(running, relayNow + 200_000, 0)).toMatchObject({ remainingMs: 0, ended: true });
  });

  it('shows no time before the relay has a timer, and an item not started at its full timebox', () => {
    expect(readTimer(null, relayNow, 0).remainingMs).toBeNull();
    expect(readTimer({ state: 'stopped', endsAt: null, remainingMs: 600_000 }, relayNow, 0)).toMatchObject({
      state: 'stopped',
      remainingMs: 600_000,
    });
  });

  it('rounds up, so 0:00 shows only when time is really up', () => {
    expect(formatRemaining(90_000)).toBe('1:30');
    expect(formatRemaining(59_001)).toBe('1:00');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(3_725_000)).toBe('1:02:05');
  });
});
