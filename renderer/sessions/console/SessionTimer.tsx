// The current item's timer, the same on every screen: read from the relay's timer through this computer's
// clock offset, redrawn a few times a second. When a running timer reaches zero it beeps once and the display
// turns to "time is up" (also announced to screen readers).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { playEndCue } from '../model/endCue';
import type { SessionTimer as RelayTimerState } from '../model/sessionView';
import { formatRemaining, readTimer } from '../model/timer';

const TICK_MS = 200;

export function SessionTimer({
  timer,
  offsetMs,
  itemTitle,
}: {
  timer: RelayTimerState | null;
  offsetMs: number;
  itemTitle: string | null;
}) {
  const { t } = useTranslation('sessions');
  const [now, setNow] = useState(() => Date.now());
  const reading = readTimer(timer, now, offsetMs);
  const running = reading.state === 'running';

  useEffect(() => {
    if (!running) return;
    const interval = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(interval);
  }, [running]);

  // One beep per run-out: the end time it beeped for is remembered, so an extension that runs out beeps again.
  const beepedFor = useRef<number | null>(null);
  useEffect(() => {
    if (reading.ended && reading.endsAtLocal !== null && beepedFor.current !== timer?.endsAt) {
      beepedFor.current = timer?.endsAt ?? null;
      playEndCue();
    }
  }, [reading.ended, reading.endsAtLocal, timer?.endsAt]);

  const shown = reading.remainingMs === null ? '–:––' : formatRemaining(reading.remainingMs);
  return (
    <section
      className="session-timer"
      aria-label={t('timer.label')}
      data-state={reading.state}
      data-ended={reading.ended ? 'true' : undefined}
      data-ends-local={reading.endsAtLocal ?? undefined}
      data-remaining-ms={reading.state !== 'running' ? (reading.remainingMs ?? undefined) : undefined}
    >
      <p className="session-timer-item">{itemTitle ?? t('timer.noItem')}</p>
      <p className="session-timer-clock" dir="ltr">
        <span role="timer" aria-live="off">
          {shown}
        </span>
      </p>
      <p className="session-timer-state" aria-live="polite">
        {reading.ended ? t('timer.ended') : t(`timer.state.${reading.state}`)}
      </p>
    </section>
  );
}
