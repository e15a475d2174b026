// A flood of connection attempts from one address is refused with 429 once its burst is spent.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { indexRoom } from '../../shared/rooms';
import { startRelay, type TestRelay, upgradeStatus } from './support/relay';

let relay: TestRelay;

beforeAll(async () => {
  relay = await startRelay({ connectionRateLimit: { burst: 3, perSecond: 0.01 } });
});

afterAll(async () => {
  await relay.close();
});

test('attempts past the burst are refused with 429', async () => {
  const url = `${relay.wsUrl}/${indexRoom('busy')}?token=${await relay.token('busy', 'viewer')}`;
  const statuses = [];
  for (let i = 0; i < 5; i++) statuses.push(await upgradeStatus(url));
  expect(statuses).toEqual([101, 101, 101, 429, 429]);
});
