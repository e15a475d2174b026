// /metrics is Prometheus text (prom-client's registry): a scraper reads cumulative histogram buckets with +Inf,
// sum and count per operation, counters by label with odd characters escaped, and the live gauges.
import { expect, test } from 'vitest';
import { createMetrics } from '../../server/operations/metrics';

test('persistence times, refusals and traffic read back as Prometheus series', async () => {
  const metrics = createMetrics({ connections: () => 3, rooms: () => 2 });
  for (const seconds of [0.0002, 0.003, 0.003, 7]) metrics.persisted('append', seconds);
  metrics.persisted('load', 0.02);
  metrics.rejected('read-only');
  metrics.rejected('read-only');
  metrics.refusedConnection('odd "reason"\\\nsecond line');
  metrics.received('update', 40);
  metrics.sent(9, 360);

  const lines = (await metrics.registry.metrics()).split('\n');
  const value = (series: string) => {
    const line = lines.find((candidate: string) => candidate.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };
  const append = (le: string) =>
    value(`commons_relay_persistence_seconds_bucket{le="${le}",operation="append"}`);
  expect([
    append('0.0005'),
    append('0.001'),
    append('0.005'),
    append('1'),
    append('5'),
    append('+Inf'),
  ]).toEqual([1, 1, 3, 3, 3, 4]);
  expect(value('commons_relay_persistence_seconds_count{operation="append"}')).toBe(4);
  expect(value('commons_relay_persistence_seconds_sum{operation="append"}')).toBeCloseTo(7.0062);
  expect(value('commons_relay_persistence_seconds_bucket{le="0.05",operation="load"}')).toBe(1);
  expect(value('commons_relay_rejected_messages_total{reason="read-only"}')).toBe(2);
  expect(value('commons_relay_refused_connections_total{reason="odd \\"reason\\"\\\\\\nsecond line"}')).toBe(
    1,
  );
  expect(value('commons_relay_messages_in_total{kind="update"}')).toBe(1);
  expect(value('commons_relay_bytes_in_total')).toBe(40);
  expect(value('commons_relay_messages_out_total')).toBe(9);
  expect(value('commons_relay_bytes_out_total')).toBe(360);
  expect(value('commons_relay_connections')).toBe(3);
  expect(value('commons_relay_rooms_loaded')).toBe(2);
  expect(lines).toContain('# TYPE commons_relay_persistence_seconds histogram');
  expect(lines).toContain('# TYPE commons_relay_rejected_messages_total counter');
});
