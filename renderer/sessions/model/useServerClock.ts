// The offset between this computer's clock and the relay's, for the session timer: measured when the session
// opens, again on every reconnection, and whenever the page becomes visible or the network comes back (a laptop
// that slept may have had its clock corrected meanwhile). A measurement that got no answer is tried again.
import { useEffect, useState } from 'react';
import { measureClockOffset } from '../../rooms/clockOffset';
import type { OpenRoom } from '../../rooms/openRoom';

export interface ServerClock {
  /** Add to Date.now() to read the relay's clock; 0 until the first measurement answers. */
  offsetMs: number;
  /** A measurement has answered. */
  measured: boolean;
}

const UNMEASURED: ServerClock = { offsetMs: 0, measured: false };
const RETRY_MS = 3_000;

export function useServerClock(room: OpenRoom | null): ServerClock {
  const [clock, setClock] = useState<ServerClock>(UNMEASURED);

  useEffect(() => {
    if (!room) return;
    let cancelled = false;
    let running = false;
    let retry: ReturnType<typeof setTimeout> | null = null;
    const measure = async () => {
      if (running || cancelled) return;
      running = true;
      if (retry) clearTimeout(retry);
      try {
        const offset = await measureClockOffset(
          async () => (await room.channel.request('time', {}, { timeoutMs: 5_000 })).serverTime,
          { samples: 5, gapMs: 100 },
        );
        if (cancelled) return;
        if (offset) setClock({ offsetMs: offset.offsetMs, measured: true });
        else retry = setTimeout(() => void measure(), RETRY_MS);
      } finally {
        running = false;
      }
    };
    let wasConnected = room.getState().status === 'connected';
    const stopWatching = room.subscribe(() => {
      const connected = room.getState().status === 'connected';
      if (connected && !wasConnected) void measure();
      wasConnected = connected;
    });
    const onVisible = () => {
      if (document.visibilityState === 'visible') void measure();
    };
    void measure();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('online', onVisible);
    window.addEventListener('pageshow', onVisible);
    return () => {
      cancelled = true;
      if (retry) clearTimeout(retry);
      stopWatching();
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', onVisible);
      window.removeEventListener('pageshow', onVisible);
    };
  }, [room]);

  return clock;
}
