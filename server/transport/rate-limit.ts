// Per-address token buckets for connection attempts: a burst is allowed, a sustained flood is refused.
export interface RateLimit {
  /** Attempts allowed at once from one address. */
  burst: number;
  /** Attempts regained per second. */
  perSecond: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class ConnectionRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = Date.now();

  constructor(private readonly limit: RateLimit) {}

  /** Takes one token for this address; false means the attempt should be refused. */
  allow(address: string, now = Date.now()): boolean {
    this.sweep(now);
    const bucket = this.buckets.get(address) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(
      this.limit.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond,
    );
    bucket.at = now;
    this.buckets.set(address, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Whole seconds until this address has an attempt again, for a Retry-After header (at least 1). */
  retryAfterSeconds(address: string, now = Date.now()): number {
    const bucket = this.buckets.get(address);
    if (!bucket) return 1;
    const tokens = bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond;
    return Math.max(1, Math.ceil((1 - tokens) / this.limit.perSecond));
  }

  /** Forgets addresses whose bucket has refilled, so the map stays as small as the set of recent clients. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    const refillMs = (this.limit.burst / this.limit.perSecond) * 1000;
    for (const [address, bucket] of this.buckets) {
      if (now - bucket.at > refillMs) this.buckets.delete(address);
    }
  }
}
