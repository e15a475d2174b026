// The session timer's state machine: the relay owns {itemId, state, endsAt | remainingMs} and moves it on the
// facilitator's actions, using its own clock, so every client only has to correct for its clock offset.
import type { z } from 'zod';
import type { timerActions } from '../../shared/requests/sessions';
import type { AgendaItem, SessionTimer } from '../../shared/sessions';

export type TimerAction = z.output<typeof timerActions>;

const MINUTE = 60_000;

const fullTimebox = (agenda: readonly AgendaItem[], itemId: string | null): number =>
  (agenda.find((item) => item.id === itemId)?.minutes ?? 0) * MINUTE;

/** The timer before anyone started it: on the first item, stopped, with its whole timebox. */
export function initialTimer(agenda: readonly AgendaItem[], now: number): SessionTimer {
  const itemId = agenda[0]?.id ?? null;
  return { itemId, state: 'stopped', endsAt: null, remainingMs: fullTimebox(agenda, itemId), updatedAt: now };
}

/** Time left at `now`, whatever the state. */
function remainingAt(timer: SessionTimer, now: number): number {
  if (timer.state === 'running') return Math.max(0, (timer.endsAt ?? now) - now);
  return Math.max(0, timer.remainingMs ?? 0);
}

const running = (itemId: string | null, endsAt: number, now: number): SessionTimer => ({
  itemId,
  state: 'running',
  endsAt,
  remainingMs: null,
  updatedAt: now,
});

const still = (
  itemId: string | null,
  state: 'paused' | 'stopped',
  remainingMs: number,
  now: number,
): SessionTimer => ({ itemId, state, endsAt: null, remainingMs, updatedAt: now });

/**
 * The timer after `action` at relay time `now`, or a reason it does not apply. An agenda item that no longer
 * exists counts as none (start falls back to the first item).
 */
export function applyTimerAction(
  timer: SessionTimer,
  action: TimerAction,
  agenda: readonly AgendaItem[],
  now: number,
): SessionTimer | { refused: string } {
  switch (action.action) {
    case 'start': {
      const itemId = action.itemId ?? timer.itemId ?? agenda[0]?.id ?? null;
      if (itemId === null || !agenda.some((item) => item.id === itemId)) {
        return { refused: 'there is no such agenda item' };
      }
      return running(itemId, now + fullTimebox(agenda, itemId), now);
    }
    case 'pause':
      if (timer.state !== 'running') return { refused: 'the timer is not running' };
      return still(timer.itemId, 'paused', remainingAt(timer, now), now);
    case 'resume':
      if (timer.state !== 'paused') return { refused: 'the timer is not paused' };
      return running(timer.itemId, now + remainingAt(timer, now), now);
    case 'extend': {
      const added = action.minutes * MINUTE;
      if (timer.state === 'running') {
        // A timer that already ran out starts again from now rather than from a moment in the past.
        return running(timer.itemId, Math.max(timer.endsAt ?? now, now) + added, now);
      }
      return still(timer.itemId, timer.state, remainingAt(timer, now) + added, now);
    }
    case 'skip': {
      const index = agenda.findIndex((item) => item.id === timer.itemId);
      const next = index >= 0 ? (agenda[index + 1] ?? null) : null;
      if (next === null) return still(null, 'stopped', 0, now);
      const timebox = next.minutes * MINUTE;
      return timer.state === 'running'
        ? running(next.id, now + timebox, now)
        : still(next.id, 'stopped', timebox, now);
    }
  }
}
