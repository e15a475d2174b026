// The heap sizing tells a relay under steady editing by the client updates the process receives
// (operations/update-count.ts); the metrics of every relay in the process count into it, updates only.
import { expect, test } from 'vitest';
import { createMetrics } from '../../server/operations/metrics';
import { updatesReceived } from '../../server/operations/update-count';

test('client updates received by any relay count for the process, other messages do not', () => {
  const live = { connections: () => 0, rooms: () => 0 };
  const first = createMetrics(live);
  const second = createMetrics(live);
  const before = updatesReceived();
  first.received('update', 40);
  first.received('awareness', 20);
  first.received('sync-step-1', 5);
  second.received('update', 12);
  second.received('request', 30);
  expect(updatesReceived() - before).toBe(2);
});
