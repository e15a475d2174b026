// The two Redis connections an instance needs (pub/sub takes a connection over), kept alive by ioredis'
// reconnects. Redis trouble is logged, never thrown: an instance without Redis still serves its own clients.
// Only the types at load time: ioredis itself is loaded by openRedisLink, so a relay without --redis never pays for it.
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

export interface RedisLinkEvents {
  message(channel: string, data: Buffer): void;
  /** Called when a connection is back after being lost: the instance may have missed messages. */
  regained(): void;
}

/** Loads ioredis and opens both connections (they connect in the background; see RedisLink). */
export async function openRedisLink(
  redisUrl: string,
  logger: Logger,
  events: RedisLinkEvents,
): Promise<RedisLink> {
  const { Redis } = await import('ioredis');
  return new RedisLink(Redis, redisUrl, logger, events);
}

export class RedisLink {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private closed = false;

  constructor(RedisClient: typeof Redis, redisUrl: string, logger: Logger, events: RedisLinkEvents) {
    const retryStrategy = (attempt: number) => Math.min(100 * 2 ** attempt, 2000);
    // Publishing while disconnected fails at once rather than queueing without bound: what is published is
    // either in the database already (updates) or renewed by clients every 15 s (presence).
    this.publisher = new RedisClient(redisUrl, {
      enableOfflineQueue: false,
      retryStrategy,
      maxRetriesPerRequest: 1,
    });
    // Subscriptions made while disconnected wait for the connection; ioredis re-subscribes after a reconnect.
    this.subscriber = new RedisClient(redisUrl, { retryStrategy, maxRetriesPerRequest: null });
    for (const [name, connection] of [
      ['publisher', this.publisher],
      ['subscriber', this.subscriber],
    ] as const) {
      // Set when a connection closes (or fails to open), so the next 'ready' knows messages may be missed:
      // also when Redis was down at start while rooms were already being served.
      let missed = false;
      let reported = false;
      connection.on('ready', () => {
        if (missed) {
          logger.info({ connection: name }, 'redis connection regained');
          events.regained();
        }
        missed = false;
        reported = false;
      });
      connection.on('close', () => {
        missed = true;
      });
      connection.on('error', (error: Error) => {
        // Once per outage: ioredis reports every failed reconnect attempt.
        if (reported || this.closed) return;
        reported = true;
        logger.warn(
          { connection: name, reason: error.message },
          'redis unavailable; serving local clients only',
        );
      });
    }
    this.subscriber.on('messageBuffer', (channel: Buffer, data: Buffer) =>
      events.message(channel.toString(), data),
    );
  }

  /**
   * Publishes if connected; resolves to how many subscribers received it, or null when it could not be sent
   * (the caller relies on catch-up).
   */
  async publish(channel: string, data: Buffer): Promise<number | null> {
    if (this.closed || this.publisher.status !== 'ready') return null;
    try {
      return await this.publisher.publish(channel, data);
    } catch {
      return null;
    }
  }

  /**
   * Subscribes; resolves once Redis confirmed, or after at most a second (the subscription stays queued and a
   * room never waits on Redis to load: what it misses meanwhile comes from the catch-up).
   */
  async subscribe(channel: string): Promise<void> {
    const done = this.subscriber.subscribe(channel).catch(() => {});
    if (this.subscriber.status !== 'ready') return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([done, new Promise((resolve) => (timer = setTimeout(resolve, 1000)))]);
    clearTimeout(timer);
  }

  unsubscribe(channel: string): void {
    if (!this.closed) this.subscriber.unsubscribe(channel).catch(() => {});
  }

  close(): void {
    this.closed = true;
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
