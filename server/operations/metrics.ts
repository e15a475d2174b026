// Prometheus metrics for one relay, on its own registry so several relays in one process never clash.
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ClientMessage } from '../protocol/messages';
import type { SessionObserver } from '../protocol/session';
import type { PersistenceObserver } from '../rooms/room';
import { countUpdateReceived } from './update-count';

export interface LiveCounts {
  connections(): number;
  rooms(): number;
}

export interface RelayMetrics extends SessionObserver, PersistenceObserver {
  readonly registry: Registry;
  sent(messages: number, bytes: number): void;
  refusedConnection(reason: string): void;
}

/**
 * Per-message traffic is tallied in plain numbers and handed to prom-client only when /metrics is read:
 * a labelled prom-client increment hashes its labels, which on every message would cost more than the work.
 */
interface Traffic {
  messagesIn: Record<ClientMessage['kind'], number>;
  bytesIn: number;
  messagesOut: number;
  bytesOut: number;
}

/** A counter whose value is read from `read` at scrape time. */
function tallied(name: string, help: string, registers: Registry[], read: () => number): Counter {
  return new Counter({
    name,
    help,
    registers,
    collect() {
      this.reset();
      this.inc(read());
    },
  });
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
  const traffic: Traffic = {
    messagesIn: {
      'sync-step-1': 0,
      'sync-step-2': 0,
      update: 0,
      awareness: 0,
      'query-awareness': 0,
      auth: 0,
      request: 0,
    },
    bytesIn: 0,
    messagesOut: 0,
    bytesOut: 0,
  };
  new Counter({
    name: 'commons_relay_messages_in_total',
    help: 'Messages received from clients, by kind',
    labelNames: ['kind'] as const,
    registers,
    collect() {
      this.reset();
      for (const [kind, count] of Object.entries(traffic.messagesIn))
        if (count > 0) this.inc({ kind }, count);
    },
  });
  tallied('commons_relay_bytes_in_total', 'Bytes received', registers, () => traffic.bytesIn);
  tallied(
    'commons_relay_messages_out_total',
    'Messages sent to clients',
    registers,
    () => traffic.messagesOut,
  );
  tallied('commons_relay_bytes_out_total', 'Bytes sent', registers, () => traffic.bytesOut);
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

  const persistenceByOperation: Partial<
    Record<Parameters<PersistenceObserver['persisted']>[0], ReturnType<typeof persistence.labels>>
  > = {};

  return {
    registry,
    received(kind, bytes) {
      traffic.messagesIn[kind] += 1;
      traffic.bytesIn += bytes;
      if (kind === 'update') countUpdateReceived();
    },
    rejected(reason) {
      rejected.inc({ reason });
    },
    sent(messages, bytes) {
      traffic.messagesOut += messages;
      traffic.bytesOut += bytes;
    },
    refusedConnection(reason) {
      refused.inc({ reason });
    },
    persisted(operation, seconds) {
      // The labelled child is kept: observing with a labels object hashes the labels every time.
      persistenceByOperation[operation] ??= persistence.labels({ operation });
      persistenceByOperation[operation].observe(seconds);
    },
  };
}
