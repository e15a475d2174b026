// Prometheus metrics for one relay, on its own registry so several relays in one process never clash.
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { SessionObserver } from '../protocol/session';
import type { PersistenceObserver } from '../rooms/room';

export interface LiveCounts {
  connections(): number;
  rooms(): number;
}

export interface RelayMetrics extends SessionObserver, PersistenceObserver {
  readonly registry: Registry;
  sent(bytes: number): void;
  refusedConnection(reason: string): void;
}

export function createMetrics(live: LiveCounts): RelayMetrics {
  const registry = new Registry();
  const registers = [registry];
  new Gauge({
    name: 'commons_relay_connections',
    help: 'Open WebSocket connections',
    registers,
    collect() {
      this.set(live.connections());
    },
  });
  new Gauge({
    name: 'commons_relay_rooms_loaded',
    help: 'Rooms whose documents are in memory',
    registers,
    collect() {
      this.set(live.rooms());
    },
  });
  const messagesIn = new Counter({
    name: 'commons_relay_messages_in_total',
    help: 'Messages received from clients, by kind',
    labelNames: ['kind'] as const,
    registers,
  });
  const bytesIn = new Counter({ name: 'commons_relay_bytes_in_total', help: 'Bytes received', registers });
  const messagesOut = new Counter({
    name: 'commons_relay_messages_out_total',
    help: 'Messages sent to clients',
    registers,
  });
  const bytesOut = new Counter({ name: 'commons_relay_bytes_out_total', help: 'Bytes sent', registers });
  const rejected = new Counter({
    name: 'commons_relay_rejected_messages_total',
    help: 'Client messages refused, by reason',
    labelNames: ['reason'] as const,
    registers,
  });
  const refused = new Counter({
    name: 'commons_relay_refused_connections_total',
    help: 'Connection attempts refused before the WebSocket opened, by reason',
    labelNames: ['reason'] as const,
    registers,
  });
  const persistence = new Histogram({
    name: 'commons_relay_persistence_seconds',
    help: 'Time spent loading, appending and compacting rooms in storage',
    labelNames: ['operation'] as const,
    buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers,
  });

  return {
    registry,
    received(kind, bytes) {
      messagesIn.inc({ kind });
      bytesIn.inc(bytes);
    },
    rejected(reason) {
      rejected.inc({ reason });
    },
    sent(bytes) {
      messagesOut.inc();
      bytesOut.inc(bytes);
    },
    refusedConnection(reason) {
      refused.inc({ reason });
    },
    persisted(operation, seconds) {
      persistence.observe({ operation }, seconds);
    },
  };
}
