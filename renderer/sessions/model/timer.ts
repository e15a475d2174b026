// The session timer as every screen shows it: the relay owns the state (running with an end time on the relay's
// clock, or paused with the time left), and each client reads it through its measured clock offset, so screens
// agree however far their own clocks are off.

export interface TimerReading {
  state: 'running' | 'paused' | 'stopped';
  /** Milliseconds left (never below zero); null when there is no timer. */
  remainingMs: number | null;
  /** When it ends on this computer's clock (running only): the relay's end time less the offset. */
  endsAtLocal: number | null;
  /** Ran out while running. */
  ended: boolean;
}

export interface RelayTimer {
  state: 'running' | 'paused' | 'stopped';
  /** The relay's clock when a running timer ends. */
  endsAt: number | null;
  /** Time left of a paused timer, or the timebox of one not started yet. */
  remainingMs: number | null;
}

/** `localNow` is this computer's Date.now(); `offsetMs` turns it into the relay's clock (relay ≈ local + offset). */
export function readTimer(timer: RelayTimer | null, localNow: number, offsetMs: number): TimerReading {
  if (!timer) return { state: 'stopped', remainingMs: null, endsAtLocal: null, ended: false };
  if (timer.state !== 'running') {
    const left = timer.remainingMs === null ? null : Math.max(0, timer.remainingMs);
    return { state: timer.state, remainingMs: left, endsAtLocal: null, ended: false };
  }
  const endsAtLocal = (timer.endsAt ?? 0) - offsetMs;
  const remainingMs = Math.max(0, endsAtLocal - localNow);
  return { state: 'running', remainingMs, endsAtLocal, ended: remainingMs === 0 };
}

/** "m:ss" (or "h:mm:ss"), rounding up so a timer shows 0:00 only once time is really up. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}
