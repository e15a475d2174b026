// How far the relay's clock is from ours, NTP-style: each sample brackets the server's reading between our
// send and receive times; the sample with the least round trip has the least room for error, so it wins.

export interface ClockSample {
  /** Our clock when the request left. */
  sentAt: number;
  /** The relay's clock in its answer. */
  serverTime: number;
  /** Our clock when the answer arrived. */
  receivedAt: number;
}

export interface ClockOffset {
  /** Add to our clock to read the relay's: serverNow ≈ Date.now() + offsetMs. */
  offsetMs: number;
  /** The winning sample's round trip; the offset is right to within half of it. */
  roundTripMs: number;
}

/** One sample's estimate, assuming the answer was read halfway through the round trip. */
export function sampleOffset(sample: ClockSample): ClockOffset {
  const roundTripMs = sample.receivedAt - sample.sentAt;
  return { offsetMs: sample.serverTime - (sample.sentAt + sample.receivedAt) / 2, roundTripMs };
}

/** The estimate of the sample with the least round trip; samples that went back in time are ignored. */
export function estimateClockOffset(samples: readonly ClockSample[]): ClockOffset | null {
  let best: ClockOffset | null = null;
  for (const sample of samples) {
    if (!Number.isFinite(sample.serverTime) || sample.receivedAt < sample.sentAt) continue;
    const estimate = sampleOffset(sample);
    if (best === null || estimate.roundTripMs < best.roundTripMs) best = estimate;
  }
  return best;
}

export interface MeasureOptions {
  /** How many samples to take (NTP clients use about eight). */
  samples?: number;
  /** Pause between samples, so one congested moment does not spoil them all. */
  gapMs?: number;
  now?: () => number;
  wait?: (ms: number) => Promise<void>;
}

/**
 * Takes several samples with `readServerTime` (the channel's `time` request) and returns the best estimate,
 * or null when no sample came back. A failed sample is skipped, not fatal.
 */
export async function measureClockOffset(
  readServerTime: () => Promise<number>,
  { samples = 5, gapMs = 200, now = Date.now, wait = delay }: MeasureOptions = {},
): Promise<ClockOffset | null> {
  const taken: ClockSample[] = [];
  for (let i = 0; i < samples; i++) {
    if (i > 0) await wait(gapMs);
    const sentAt = now();
    try {
      const serverTime = await readServerTime();
      taken.push({ sentAt, serverTime, receivedAt: now() });
    } catch {
      // Lost or refused: the other samples still count.
    }
  }
  return estimateClockOffset(taken);
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
