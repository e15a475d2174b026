// Tells every relay instance listening on Redis that a member was revoked, so they close that member's
// connections at once (the CLI's `members revoke --redis`). Instances also poll the database every few
// seconds, so an unreachable Redis only delays the disconnection; it never undoes the revocation.
import { encodeClusterMessage, newInstanceId, REVOCATIONS_CHANNEL } from './messages';

/** Resolves true once published, false when Redis could not be reached within a few seconds. */
export async function announceRevocation(redisUrl: string, memberId: string): Promise<boolean> {
  // Loaded here, not at start-up: the CLI's other commands and a relay without Redis never need it.
  const { Redis } = await import('ioredis');
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    const message = encodeClusterMessage({
      kind: 'revoked',
      origin: newInstanceId(),
      payload: new TextEncoder().encode(memberId),
    });
    await redis.publish(REVOCATIONS_CHANNEL, message);
    return true;
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}
