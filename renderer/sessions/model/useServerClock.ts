// The offset between this computer's clock and the relay's, for the session timer: measured when the session
// opens, and again whenever the page becomes visible or the network comes back (a laptop that slept may have
// had its clock corrected meanwhile, and a throttled background tab may have missed the relay's changes).
import { useEffect, useState } from 'react';
import { measureClockOffset } from '../../rooms/clockOffset';
import type { OpenRoom } from '../../rooms/roomCache';

export interface ServerClock {
  /** Add to Date.now() to read the relay's clock; 0 until the first measurement answers. */
  offsetMs: number;
  /** A measurement has answered. */
  measured: boolean;
}

const UNMEASURED: ServerClock = { offsetMs: 0, measured: false };

export function useServerClock(room: OpenRoom | null): ServerClock {
  const [clock, setClock] = useState<ServerClock>(UNMEASURED);

  useEffect(() => {
    if (!room) return;
    let cancelled = false;
    let running = false;
    const measure = async () => {
      if (running) return;
      running = true;
      try {
        const offset = await measureClockOffset(
          async () => (await room.channel.request('time', {})).serverTime,
          { samples: 5, gapMs: 100 },
        );
        if (!cancelled && offset) setClock({ offsetMs: offset.offsetMs, measured: true });
      } finally {
        running = false;
      }
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void measure();
    };
    void measure();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('online', onVisible);
    window.addEventListener('pageshow', onVisible);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', onVisible);
      window.removeEventListener('pageshow', onVisible);
    };
  }, [room]);

  return clock;
}
